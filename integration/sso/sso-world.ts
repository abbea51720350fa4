import type { CustomFetch } from "openid-client";
import { loadGatewayConfig, type RunningGateway, startGateway } from "@dcx/supergraph";
import { graphqlRequest, startTestSubgraph, type TestSubgraph, testGatewayKeys } from "@dcx/kit/testing";
import { DEMO_ACCOUNTS, type IdpAccount, type OidcSimulator, startOidcSimulator } from "@dcx/oidc-simulator";
import { signInAtIdp } from "@dcx/oidc-simulator/testing";
import {
  BACK_CHANNEL_LOGOUT_PATH,
  configureSso,
  createOrganization,
  createTenancySubgraph,
  createUser,
  OrganizationKind,
  type SsoConfigurationInput,
  type TenancyDb,
  UserRole,
} from "@dcx/tenancy";
import { codeIn, mailHandedOver, testSsoDeps, testTenancyDeps } from "@dcx/tenancy/testing";

export const CALLBACK = "http://127.0.0.1:5207/sso/callback";
export const PASSWORD = "correct horse";
export const SANLAM_ACCOUNT: IdpAccount = {
  subject: "sanlam-0001",
  email: "cloud@sanlam.co.za",
  emailVerified: true,
  name: "Sanlam Cloud",
};

const SESSION_FIELDS = "accessToken refreshToken user { id email role organization { name } }";
export const START = `mutation($email: String!, $redirectUri: String!) { startSingleSignOn(email: $email, redirectUri: $redirectUri) { authorizationUrl } }`;
export const COMPLETE = `mutation($callbackUrl: String!, $userAgent: String) { completeSingleSignOn(callbackUrl: $callbackUrl, userAgent: $userAgent) { ${SESSION_FIELDS} } }`;

export interface SsoTokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; role: string; organization: { name: string } };
}

/**
 * Tenancy behind the real gateway (the caller cache off, so a revoked session is refused at the
 * next request), and two real OpenID Connect providers: Adcock's IdP (the demo accounts plus a
 * Sanlam address) with the platform's client and a second client, and Sanlam's own IdP.
 */
export async function openSsoWorld(options: { idpFetch?: CustomFetch; log?: (line: string) => void } = {}) {
  const keys = testGatewayKeys();
  const tenancy = testTenancyDeps();
  tenancy.deps.sso = testSsoDeps({
    ...(options.idpFetch ? { fetch: options.idpFetch } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const subgraph: TestSubgraph<Record<string, unknown>> = await startTestSubgraph(
    createTenancySubgraph(() => tenancy.deps) as never,
    keys,
  );
  const db = subgraph.database.db as unknown as TenancyDb;
  const backChannel = `${subgraph.server.url}${BACK_CHANNEL_LOGOUT_PATH}`;
  const client = (clientId: string) => ({
    clientId,
    clientSecret: `${clientId}-secret-${"x".repeat(20)}`,
    redirectUris: [CALLBACK],
    postLogoutRedirectUris: ["http://127.0.0.1:5207/"],
    backchannelLogoutUri: backChannel,
  });
  const adcockIdp: OidcSimulator = await startOidcSimulator({
    clients: [client("dcx-cloud"), client("other-app")],
    accounts: [...DEMO_ACCOUNTS, SANLAM_ACCOUNT],
    password: PASSWORD,
  });
  const sanlamIdp: OidcSimulator = await startOidcSimulator({
    clients: [client("dcx-cloud")],
    accounts: [SANLAM_ACCOUNT],
    password: PASSWORD,
  });

  const provider = await createOrganization(db, {
    name: "Datacentrix",
    kind: OrganizationKind.PROVIDER,
    parentId: null,
  });
  const adcock = await createOrganization(db, {
    name: "Adcock",
    kind: OrganizationKind.CUSTOMER,
    parentId: provider.id,
  });
  const sanlam = await createOrganization(db, {
    name: "Sanlam",
    kind: OrganizationKind.CUSTOMER,
    parentId: provider.id,
  });
  const user = (organizationId: string, email: string, role: UserRole) =>
    createUser(db, { organizationId, email, displayName: email, role });
  const users = {
    ops: await user(provider.id, "ops@datacentrix.co.za", UserRole.OWNER),
    adcockOwner: await user(adcock.id, "it@adcock.co.za", UserRole.OWNER),
    adcockAdmin: await user(adcock.id, "admin@adcock.co.za", UserRole.ADMIN),
    sanlamOwner: await user(sanlam.id, "cloud@sanlam.co.za", UserRole.OWNER),
  };
  const adcockSso: SsoConfigurationInput = {
    issuer: adcockIdp.issuer,
    clientId: "dcx-cloud",
    clientSecret: client("dcx-cloud").clientSecret,
    emailDomains: ["adcock.co.za"],
    allowEmailCodes: true,
    jitProvisioning: false,
    jitDefaultRole: UserRole.MEMBER,
  };
  await configureSso(db, tenancy.deps.sso, adcock.id, adcockSso);
  await configureSso(db, tenancy.deps.sso, sanlam.id, {
    ...adcockSso,
    issuer: sanlamIdp.issuer,
    emailDomains: ["sanlam.co.za"],
  });

  const gateway: RunningGateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: "0",
      NODE_ENV: "test",
      TRUST_PROXY: "loopback",
      CALLER_CACHE_SECONDS: "0",
      TENANCY_URL: subgraph.server.graphqlUrl,
    }),
    { signingKey: keys.privateKey, sessionPublicKey: tenancy.sessionPublicKey },
  );

  const query = <T = Record<string, unknown>>(text: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphqlRequest<T>(gateway.graphqlUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});

  /** Starts single sign-on for `email` through the gateway: the IdP's authorization URL. */
  const start = async (email: string, redirectUri = CALLBACK) => {
    const started = await query<{ startSingleSignOn: { authorizationUrl: string } }>(START, { email, redirectUri });
    if (!started.data) throw new Error(`startSingleSignOn failed: ${JSON.stringify(started.errors)}`);
    return started.data.startSingleSignOn.authorizationUrl;
  };
  const complete = (callbackUrl: string) =>
    query<{ completeSingleSignOn: SsoTokens }>(COMPLETE, {
      callbackUrl,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Test/1.0",
    });

  /** The whole flow as a browser does it; `as` signs in at the IdP (default: the same address). */
  const signIn = async (email: string, idp: OidcSimulator = adcockIdp, as = email) => {
    const { callbackUrl, browser } = await signInAtIdp(await start(email), as, PASSWORD, idp.issuer);
    return { callbackUrl, browser, result: await complete(callbackUrl) };
  };

  /** An e-mail-code sign-in through the gateway (reading the code from the captured e-mail). */
  let people = 0;
  const signInWithCode = async (email: string) => {
    const from = { "x-forwarded-for": `203.0.113.${++people}` };
    await graphqlRequest(
      gateway.graphqlUrl,
      `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`,
      { email },
      from,
    );
    await mailHandedOver();
    const code = codeIn(tenancy.mailer.messages.filter((mail) => mail.to === email).at(-1));
    const result = await graphqlRequest<{ signIn: { accessToken: string } }>(
      gateway.graphqlUrl,
      `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken } }`,
      { email, code },
      from,
    );
    if (!result.data) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.accessToken;
  };

  return {
    db,
    tenancy,
    signInWithCode,
    subgraph,
    gateway,
    adcockIdp,
    sanlamIdp,
    orgs: { provider, adcock, sanlam },
    users,
    adcockSso,
    query,
    start,
    complete,
    signIn,
    close: async () => {
      await gateway.close();
      await subgraph.close();
      await adcockIdp.close();
      await sanlamIdp.close();
    },
  };
}

export type SsoWorld = Awaited<ReturnType<typeof openSsoWorld>>;
