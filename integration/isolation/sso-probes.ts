import { type OidcSimulator, startOidcSimulator } from "@dcx/oidc-simulator";
import { signInAtIdp } from "@dcx/oidc-simulator/testing";
import type { TestPlatform } from "../platform";
import type { Victim } from "./fixtures";
import type { Probe } from "./probes";

const SINGLE_SIGN_ON =
  "issuer clientId clientSecretSet emailDomains allowEmailCodes jitProvisioning jitDefaultRole updatedAt";
const SESSION_TOKENS = "accessToken accessTokenExpiresAt refreshToken user { id email }";
const CALLBACK = "http://127.0.0.1:5173/sso/callback";
const CLIENT = { clientId: "victim-platform", clientSecret: "victim-client-secret-0123456789" };
const PASSWORD = "victim idp password";

/**
 * The victim's own IdP, started only for the rightful writes (the controls): the victim has no
 * single sign-on while the attempts run, so none of them can reach an IdP either way.
 */
let idp: OidcSimulator | undefined;
async function victimIdp(): Promise<OidcSimulator> {
  idp ??= await startOidcSimulator({
    clients: [{ ...CLIENT, redirectUris: [CALLBACK] }],
    accounts: [{ subject: "victim-owner", email: "it@adcock.co.za", emailVerified: true, name: "Adcock IT" }],
    password: PASSWORD,
  });
  return idp;
}
async function closeVictimIdp(): Promise<void> {
  await idp?.close();
  idp = undefined;
}

const ssoInput = (issuer: string) => ({
  issuer,
  clientId: CLIENT.clientId,
  clientSecret: CLIENT.clientSecret,
  emailDomains: ["adcock.co.za"],
  allowEmailCodes: true,
  jitProvisioning: false,
  jitDefaultRole: "MEMBER",
});

const SET = `mutation($id: ID!, $input: SingleSignOnInput!) { setSingleSignOn(organizationId: $id, input: $input) { ${SINGLE_SIGN_ON} } }`;
const CLEAR = `mutation($id: ID!) { clearSingleSignOn(organizationId: $id) }`;

async function asProvider(platform: TestPlatform, query: string, variables: Record<string, unknown>) {
  const answer = await platform.query(query, variables, await platform.provider());
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** The victim's single sign-on as provider staff reads it (null: none). */
const victimSso = async (platform: TestPlatform, victim: Victim) =>
  JSON.stringify(
    (
      (await asProvider(platform, `query($id: ID!) { organization(id: $id) { singleSignOn { ${SINGLE_SIGN_ON} } } }`, {
        id: victim.organizationId,
      })) as { organization: { singleSignOn: unknown } }
    ).organization.singleSignOn,
  );

/** The victim's single sign-on as the attempts must leave it: none, unless a control set one. */
let expectedSso = "null";

/** Gives the victim single sign-on against its IdP, as provider staff would. */
async function configureVictim(platform: TestPlatform, victim: Victim): Promise<Victim> {
  const { issuer } = await victimIdp();
  await asProvider(platform, SET, { id: victim.organizationId, input: ssoInput(issuer) });
  expectedSso = await victimSso(platform, victim);
  return victim;
}
async function unconfigureVictim(platform: TestPlatform, victim: Victim): Promise<void> {
  if ((await victimSso(platform, victim)) !== "null") await asProvider(platform, CLEAR, { id: victim.organizationId });
  expectedSso = "null";
  await closeVictimIdp();
}

export const SSO_READ_PROBES: Probe[] = [
  {
    field: "Query.organization",
    operation: `query($id: ID!) { organization(id: $id) { id singleSignOn { ${SINGLE_SIGN_ON} } } }`,
    variables: (v) => ({ id: v.organizationId }),
    seenBy: "victim",
  },
  {
    field: "Query.mySessions",
    operation: `{ mySessions { id userAgent signInMethod current } }`,
    variables: () => ({}),
    seenBy: "victim",
  },
  {
    field: "Query.signInOptions",
    operation: `query($email: String!) { signInOptions(email: $email) { singleSignOn emailCode } }`,
    variables: () => ({ email: "it@adcock.co.za" }),
  },
  {
    field: "Query.singleSignOnLogoutUrl",
    operation: `query { singleSignOnLogoutUrl(postLogoutRedirectUri: "http://127.0.0.1:5173/") }`,
    variables: () => ({}),
  },
];

export const SSO_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.setSingleSignOn",
    operation: SET,
    variables: (v) => ({ id: v.organizationId, input: ssoInput("https://intruder.example/") }),
    unchanged: async (platform, v) => (await victimSso(platform, v)) === expectedSso,
    control: {
      by: "provider",
      prepare: async (_platform, v) => (await victimIdp(), v),
      variables: async (_platform, v) => ({ id: v.organizationId, input: ssoInput((await victimIdp()).issuer) }),
      restore: unconfigureVictim,
    },
  },
  {
    field: "Mutation.clearSingleSignOn",
    operation: CLEAR,
    variables: (v) => ({ id: v.organizationId }),
    unchanged: async (platform, v) => (await victimSso(platform, v)) === expectedSso,
    control: { by: "provider", prepare: configureVictim, restore: unconfigureVictim },
  },
  {
    field: "Mutation.startSingleSignOn",
    operation: `mutation($email: String!, $redirectUri: String!) { startSingleSignOn(email: $email, redirectUri: $redirectUri) { authorizationUrl } }`,
    variables: () => ({ email: "it@adcock.co.za", redirectUri: CALLBACK }),
    // While the victim has no single sign-on, nobody starts one for its people.
    unchanged: async (_p, _v, _t, answer) => answer.data === null || answer.data === undefined,
    control: { by: "signing-in owner", prepare: configureVictim, restore: unconfigureVictim },
  },
  {
    field: "Mutation.completeSingleSignOn",
    operation: `mutation { completeSingleSignOn(callbackUrl: "${CALLBACK}?code=forged&state=forged") { ${SESSION_TOKENS} } }`,
    variables: () => ({}),
    unchanged: async (_p, _v, _t, answer) => answer.data === null || answer.data === undefined,
    control: {
      by: "signing-in owner",
      prepare: configureVictim,
      // The owner's own round trip through the victim's IdP.
      operation: `mutation($callbackUrl: String!) { completeSingleSignOn(callbackUrl: $callbackUrl) { ${SESSION_TOKENS} } }`,
      variables: async (platform) => {
        const started = await platform.query<{ startSingleSignOn: { authorizationUrl: string } }>(
          `mutation { startSingleSignOn(email: "it@adcock.co.za", redirectUri: "${CALLBACK}") { authorizationUrl } }`,
        );
        const { issuer } = await victimIdp();
        const { callbackUrl } = await signInAtIdp(
          started.data!.startSingleSignOn.authorizationUrl,
          "it@adcock.co.za",
          PASSWORD,
          issuer,
        );
        return { callbackUrl };
      },
      restore: unconfigureVictim,
    },
  },
];

/** For the suite's afterAll: an IdP left by a failed control. */
export const closeSsoProbes = closeVictimIdp;
