import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type IdpAccount } from "./demo-accounts";
import { memoryAdapter } from "./memory-adapter";
import { loginPage, logoutPage, signedOutPage } from "./pages";

/** A relying party registered at the IdP (a confidential web client using the code flow). */
export interface RegisteredClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** Where the IdP posts logout tokens when one of this client's sessions ends. */
  backchannelLogoutUri?: string;
}

export interface OidcSimulatorOptions {
  port?: number;
  host?: string;
  clients: RegisteredClient[];
  accounts?: IdpAccount[];
  password?: string;
  /** Signs the IdP's cookies; a fresh one by default. */
  cookieKey?: string;
  log?: (line: string) => void;
}

export interface BackchannelDelivery {
  clientId: string;
  sid: string;
  ok: boolean;
  error?: string;
}

export interface OidcSimulator {
  /** The issuer identifier (and base URL): http://<host>:<port>. */
  issuer: string;
  /** Every back-channel logout the IdP has sent, in order. */
  backchannelDeliveries: BackchannelDelivery[];
  /** Resolves at the next back-channel logout delivery (for tests). */
  nextBackchannelDelivery(): Promise<BackchannelDelivery>;
  close(): Promise<void>;
}

const readForm = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16 * 1024) break;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
};

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

/**
 * A real OpenID Connect provider (oidc-provider 8) for development and tests: discovery, JWKS,
 * the authorization code flow with PKCE required, ID tokens carrying `email`, `email_verified`,
 * `name` and `sid`, its own sign-in form (not oidc-provider's development interactions),
 * RP-initiated logout and back-channel logout to each client's `backchannelLogoutUri`.
 */
export async function startOidcSimulator(options: OidcSimulatorOptions): Promise<OidcSimulator> {
  const accounts = options.accounts ?? DEMO_ACCOUNTS;
  const password = options.password ?? DEMO_PASSWORD;
  const log = options.log ?? (() => {});
  const host = options.host ?? "127.0.0.1";
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => html(res, 503, "starting");
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;

  const bySubject = new Map(accounts.map((account) => [account.subject, account]));
  const byEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), account]));
  const signingKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      ...(client.backchannelLogoutUri
        ? { backchannel_logout_uri: client.backchannelLogoutUri, backchannel_logout_session_required: true }
        : {}),
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "ES256",
    })),
    jwks: { keys: [{ ...signingKey, kid: "sim-1", alg: "ES256", use: "sig" }] },
    cookies: { keys: [options.cookieKey ?? randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The ID token carries the e-mail claims the platform links accounts by.
    conformIdTokenClaims: false,
    pkce: { required: () => true, methods: ["S256"] },
    scopes: ["openid", "email", "profile"],
    responseTypes: ["code"],
    enabledJWA: { idTokenSigningAlgValues: ["ES256"] },
    adapter: memoryAdapter(),
    // Seconds. An ID token outlives the platform's use of it only as the logout hint.
    ttl: {
      AuthorizationCode: 60,
      Interaction: 10 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
      AccessToken: 10 * 60,
      IdToken: 60 * 60,
    },
    findAccount: (_ctx: unknown, id: string) => {
      const account = bySubject.get(id);
      return account
        ? {
            accountId: id,
            claims: () => ({
              sub: id,
              email: account.email,
              email_verified: account.emailVerified,
              name: account.name,
            }),
          }
        : undefined;
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: { body: string; host: string }, form: string) => {
          ctx.body = logoutPage(form, ctx.host);
        },
        postLogoutSuccessSource: (ctx: { body: string }) => {
          ctx.body = signedOutPage();
        },
      },
    },
  });

  const deliveries: BackchannelDelivery[] = [];
  const waiting: ((delivery: BackchannelDelivery) => void)[] = [];
  const delivered = (delivery: BackchannelDelivery) => {
    deliveries.push(delivery);
    log(`back-channel logout to ${delivery.clientId}: ${delivery.ok ? "delivered" : `failed (${delivery.error})`}`);
    for (const resolve of waiting.splice(0)) resolve(delivery);
  };
  provider.on("backchannel.success", (_ctx, client, _accountId, sid) =>
    delivered({ clientId: (client as { clientId: string }).clientId, sid: String(sid), ok: true }),
  );
  provider.on("backchannel.error", (_ctx, error, client, _accountId, sid) =>
    delivered({
      clientId: (client as { clientId: string }).clientId,
      sid: String(sid),
      ok: false,
      error: (error as Error).message,
    }),
  );

  const finishWithGrant = async (
    req: IncomingMessage,
    res: ServerResponse,
    accountId: string,
    scope: string,
    clientId: string,
  ) => {
    // First-party clients: consent is implied, as a company's own IdP does for its own apps.
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  };

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params.client_id ?? "");
    const scope = String(details.params.scope ?? "openid");
    if (req.method === "GET") {
      if (details.prompt.name === "consent" && details.session) {
        return finishWithGrant(req, res, details.session.accountId, scope, clientId);
      }
      return html(
        res,
        200,
        loginPage({ uid: details.uid, clientName: clientId, email: String(details.params.login_hint ?? "") }),
      );
    }
    if (req.method === "POST" && url.pathname.endsWith("/login")) {
      const form = await readForm(req);
      const email = (form.get("email") ?? "").trim().toLowerCase();
      const account = byEmail.get(email);
      if (!account || form.get("password") !== password) {
        log(`sign-in refused for ${email || "(no address)"}`);
        return html(
          res,
          200,
          loginPage({ uid: details.uid, clientName: clientId, email, error: "Wrong e-mail address or password" }),
        );
      }
      log(`signed in ${account.email}`);
      return finishWithGrant(req, res, account.subject, scope, clientId);
    }
    html(res, 405, "Method not allowed");
  }

  const callback = provider.callback();
  handle = (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ status: "ok", issuer }));
    }
    if (url.pathname.startsWith("/interaction/")) {
      interaction(req, res, url).catch((error: Error) => {
        log(`interaction failed: ${error.message}`);
        if (!res.headersSent)
          html(res, 400, `<p>${error.message.replace(/</g, "&lt;")}</p><p>Start again from the application.</p>`);
      });
      return;
    }
    callback(req, res);
  };

  return {
    issuer,
    backchannelDeliveries: deliveries,
    nextBackchannelDelivery: () => new Promise((resolve) => waiting.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
