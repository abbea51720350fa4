const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;background:#f3f4f6;color:#111827;margin:0}
main{max-width:22rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 1px 3px #0003}
h1{font-size:1.3rem;margin-top:0}label{display:block;margin:.8rem 0 .3rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7280;border-radius:.25rem;font:inherit}
button{margin-top:1.2rem;width:100%;padding:.6rem;border:0;border-radius:.25rem;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.secondary{background:#e5e7eb;color:#111827}.error{color:#b91c1c;font-weight:600}.hint{color:#4b5563;font-size:.9rem}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The IdP's own sign-in form (the platform never sees the password). */
export function loginPage(options: { uid: string; clientName: string; email: string; error?: string }): string {
  return page(
    "Sign in · Local identity provider",
    `<h1>Local identity provider</h1>
<p class="hint">Sign in to continue to ${escape(options.clientName)}.</p>
${options.error ? `<p class="error" role="alert" data-testid="idp-error">${escape(options.error)}</p>` : ""}
<form method="post" action="/interaction/${escape(options.uid)}/login" autocomplete="off">
<label for="idp-email">E-mail address</label>
<input id="idp-email" name="email" type="email" required value="${escape(options.email)}" data-testid="idp-email">
<label for="idp-password">Password</label>
<input id="idp-password" name="password" type="password" required data-testid="idp-password">
<button type="submit" data-testid="idp-sign-in">Sign in</button>
</form>`,
  );
}

/** RP-initiated logout asks the person first; `form` is oidc-provider's hidden form (id "op.logoutForm"). */
export function logoutPage(form: string, host: string): string {
  return page(
    "Sign out · Local identity provider",
    `<h1>Sign out of the identity provider?</h1>
<p class="hint">You are signed in at ${escape(host)}.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" data-testid="idp-sign-out">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return page(
    "Signed out · Local identity provider",
    `<h1>Signed out</h1><p>You have signed out of the identity provider.</p>`,
  );
}
