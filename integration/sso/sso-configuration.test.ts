import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ssoConfigurations, ssoDomains } from "../../subgraphs/tenancy/src/db/schema";
import { openSsoWorld, type SsoWorld } from "./sso-world";

const FIELDS = `issuer clientId clientSecretSet emailDomains allowEmailCodes jitProvisioning jitDefaultRole`;
const READ = `query($id: ID!) { organization(id: $id) { name singleSignOn { ${FIELDS} } } }`;
const SET = `mutation($id: ID!, $input: SingleSignOnInput!) { setSingleSignOn(organizationId: $id, input: $input) { ${FIELDS} } }`;
const CLEAR = `mutation($id: ID!) { clearSingleSignOn(organizationId: $id) }`;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.["code"];

/** The configuration through the gateway: who may read and set it, what it never answers, what it refuses. */
describe("single sign-on configuration", () => {
  let world: SsoWorld;
  const tokens: Record<string, string> = {};
  const stored = async () => ({
    configs: await world.db.select().from(ssoConfigurations),
    domains: await world.db.select().from(ssoDomains),
  });
  const input = (overrides: Record<string, unknown> = {}) => ({
    issuer: world.adcockIdp.issuer,
    clientId: "dcx-cloud",
    clientSecret: `dcx-cloud-secret-${"x".repeat(20)}`,
    emailDomains: ["Adcock.co.za", "adcock.com "],
    allowEmailCodes: false,
    jitProvisioning: true,
    jitDefaultRole: "READ_ONLY",
    ...overrides,
  });

  beforeAll(async () => {
    world = await openSsoWorld();
    tokens.adcockOwner = await world.signInWithCode("it@adcock.co.za");
    tokens.adcockAdmin = await world.signInWithCode("admin@adcock.co.za");
    tokens.sanlamOwner = await world.signInWithCode("cloud@sanlam.co.za");
    tokens.provider = await world.signInWithCode("ops@datacentrix.co.za");
  });
  afterAll(() => world?.close());

  it("answers the configuration to the organisation's owners and admins and the provider, never the secret", async () => {
    for (const who of ["adcockOwner", "adcockAdmin", "provider"]) {
      const result = await world.query(READ, { id: world.orgs.adcock.id }, tokens[who]);
      expect(result.data).toEqual({
        organization: {
          name: "Adcock",
          singleSignOn: {
            issuer: world.adcockIdp.issuer,
            clientId: "dcx-cloud",
            clientSecretSet: true,
            emailDomains: ["adcock.co.za"],
            allowEmailCodes: true,
            jitProvisioning: false,
            jitDefaultRole: "MEMBER",
          },
        },
      });
      expect(JSON.stringify(result)).not.toContain("secret-xxxx");
    }
    // The secret is not even in the database as text.
    expect(JSON.stringify(await stored())).not.toContain("secret-xxxx");
    // The schema has no field that could answer it.
    const schema = await world.query(`{ __type(name: "SingleSignOn") { fields { name } } }`);
    expect(JSON.stringify(schema.data)).not.toMatch(/"clientSecret"/);
  });

  it("refuses another organisation's owner: nothing to read, NOT_FOUND to set or clear", async () => {
    const read = await world.query(READ, { id: world.orgs.adcock.id }, tokens.sanlamOwner);
    expect(read.data).toEqual({ organization: null });
    const before = await stored();
    expect(codeOf(await world.query(SET, { id: world.orgs.adcock.id, input: input() }, tokens.sanlamOwner))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await world.query(CLEAR, { id: world.orgs.adcock.id }, tokens.sanlamOwner))).toBe("NOT_FOUND");
    // Sanlam's owner reads its own, never Adcock's, through the list either.
    const list = await world.query<{ organizations: { name: string; singleSignOn: { issuer: string } | null }[] }>(
      `{ organizations { name singleSignOn { issuer } } }`,
      {},
      tokens.sanlamOwner,
    );
    expect(list.data!.organizations).toEqual([{ name: "Sanlam", singleSignOn: { issuer: world.sanlamIdp.issuer } }]);
    expect(await stored()).toEqual(before);
  });

  it("lets only the owner (not an admin) change it, or the provider", async () => {
    const before = await stored();
    expect(codeOf(await world.query(SET, { id: world.orgs.adcock.id, input: input() }, tokens.adcockAdmin))).toBe(
      "FORBIDDEN",
    );
    expect(await stored()).toEqual(before);
  });

  it("refuses bad input and an issuer whose discovery does not answer, writing nothing", async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ issuer: "ftp://idp.example" }, "BAD_USER_INPUT", "issuer"],
      [{ issuer: "http://idp.example.com" }, "BAD_USER_INPUT", "issuer"],
      [{ issuer: "http://127.0.0.1:9/" }, "BAD_USER_INPUT", "issuer"],
      [{ issuer: `${world.sanlamIdp.issuer}/other` }, "BAD_USER_INPUT", "issuer"],
      [{ clientId: "" }, "BAD_USER_INPUT", "clientId"],
      [{ emailDomains: [] }, "BAD_USER_INPUT", "emailDomains"],
      [{ emailDomains: ["not a domain"] }, "BAD_USER_INPUT", "emailDomains"],
      [{ jitDefaultRole: "OWNER" }, "BAD_USER_INPUT", "jitDefaultRole"],
      [{ emailDomains: ["sanlam.co.za"] }, "CONFLICT", ""],
    ];
    for (const [overrides, code, field] of cases) {
      const result = await world.query(SET, { id: world.orgs.adcock.id, input: input(overrides) }, tokens.adcockOwner);
      expect(codeOf(result), JSON.stringify(overrides)).toBe(code);
      if (field) expect(result.errors?.[0]?.extensions?.["field"]).toBe(field);
    }
    expect(await stored()).toEqual(before);
  });

  it("sets it (domains lower-cased and unique), keeps the secret when none is given, and clears it", async () => {
    const set = await world.query<{ setSingleSignOn: Record<string, unknown> }>(
      SET,
      { id: world.orgs.adcock.id, input: input() },
      tokens.adcockOwner,
    );
    expect(set.data?.setSingleSignOn).toMatchObject({
      emailDomains: ["adcock.co.za", "adcock.com"],
      allowEmailCodes: false,
      jitDefaultRole: "READ_ONLY",
      clientSecretSet: true,
    });
    const kept = await world.query(
      SET,
      { id: world.orgs.adcock.id, input: input({ clientSecret: null }) },
      tokens.provider,
    );
    expect(kept.errors).toBeUndefined();
    // The kept secret still works against the IdP.
    expect((await world.signIn("it@adcock.co.za")).result.errors).toBeUndefined();
    // With codes off, Adcock's people get no code (the answer is the same as ever).
    const mails = world.tenancy.mailer.messages.length;
    await world.query(`mutation { requestSignInCode(email: "admin@adcock.co.za") { accepted } }`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(world.tenancy.mailer.messages.length).toBe(mails);
    expect((await world.query(CLEAR, { id: world.orgs.adcock.id }, tokens.adcockOwner)).data).toEqual({
      clearSingleSignOn: true,
    });
    expect((await world.query(READ, { id: world.orgs.adcock.id }, tokens.adcockOwner)).data).toEqual({
      organization: { name: "Adcock", singleSignOn: null },
    });
  });
});
