/**
 * A minimal browser for tests that drive the IdP over HTTP: it keeps the IdP's cookies, follows
 * its redirects and stops at the first one that leaves the IdP (the relying party's callback).
 */
export class IdpBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  private onIdp = (url: string) => new URL(url).origin === new URL(this.issuer).origin;

  private async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects within the IdP; answers the page it stops on, or the URL it was sent away to. */
  async follow(url: string, init?: RequestInit): Promise<{ page: string; url: string } | { leftTo: string }> {
    let response = await this.request(url, init);
    let current = url;
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const next = new URL(response.headers.get("location")!, current).href;
      if (!this.onIdp(next)) return { leftTo: next };
      current = next;
      response = await this.request(next);
    }
    return { page: await response.text(), url: current };
  }

  private postForm(url: string, fields: Record<string, string>) {
    return this.follow(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /**
   * Opens the authorization URL, signs in on the IdP's form and answers the URL the IdP sent the
   * browser back to (the relying party's redirect URI with `code` and `state`), or the page it
   * stayed on (a refused password).
   */
  async signIn(
    authorizationUrl: string,
    email: string,
    password: string,
  ): Promise<{ leftTo: string } | { page: string; url: string }> {
    const first = await this.follow(authorizationUrl);
    if ("leftTo" in first) return first; // already signed in at the IdP
    const action = /action="([^"]+)"/.exec(first.page)?.[1];
    if (!action) return first;
    return this.postForm(new URL(action, first.url).href, { email, password });
  }

  /** RP- or IdP-initiated logout: opens the end-session URL and confirms the IdP's question. */
  async signOut(endSessionUrl: string): Promise<{ leftTo: string } | { page: string; url: string }> {
    const page = await this.follow(endSessionUrl);
    if ("leftTo" in page) return page;
    const form = /<form[^>]*id="op.logoutForm"[^>]*>([\s\S]*?)<\/form>/.exec(page.page);
    const action = form ? /action="([^"]+)"/.exec(form[0])?.[1] : undefined;
    if (!form || !action) return page;
    const fields: Record<string, string> = { logout: "yes" };
    for (const input of form[1]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
      fields[input[1]!] = input[2]!;
    return this.postForm(new URL(action, page.url).href, fields);
  }
}

/** One sign-in in a fresh browser: the callback URL the IdP redirected to (throws if it stayed). */
export async function signInAtIdp(authorizationUrl: string, email: string, password: string, issuer: string) {
  const browser = new IdpBrowser(issuer);
  const outcome = await browser.signIn(authorizationUrl, email, password);
  if (!("leftTo" in outcome)) throw new Error(`the IdP kept the browser at ${outcome.url}`);
  return { callbackUrl: outcome.leftTo, browser };
}
