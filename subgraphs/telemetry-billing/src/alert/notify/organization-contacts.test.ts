import { generateKeyPairSync } from "node:crypto";
import { createServiceClient } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { createTenancyContacts } from "./organization-contacts";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";

/** A service client whose "tenancy" answers `body` and records what it was sent. */
function tenancyAnswering(body: unknown) {
  const sent: { headers: Headers; body: { query: string; variables: Record<string, unknown> } }[] = [];
  const client = createServiceClient({
    service: "telemetry-billing",
    privateKey: generateKeyPairSync("ed25519").privateKey,
    targets: { tenancy: "http://tenancy.test/graphql" },
    fetch: async (_url, init) => {
      sent.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    },
  });
  return { contacts: createTenancyContacts(client), sent };
}

describe("createTenancyContacts", () => {
  it("asks tenancy, signed as telemetry-billing, for the owners and admins", async () => {
    const { contacts, sent } = tenancyAnswering({ data: { organizationContacts: ["a@x.co.za", "b@x.co.za"] } });
    expect(await contacts.ownersAndAdmins(ORG)).toEqual(["a@x.co.za", "b@x.co.za"]);
    expect(sent[0]!.body.variables).toEqual({ organizationId: ORG, roles: ["OWNER", "ADMIN"] });
    expect(sent[0]!.body.query).toContain("organizationContacts(organizationId: $organizationId, roles: $roles)");
    expect(sent[0]!.headers.get("x-dcx-service-token")).toMatch(/^ey/);
  });

  it("asks for the billing users too when the subject is money", async () => {
    const { contacts, sent } = tenancyAnswering({ data: { organizationContacts: ["pay@x.co.za"] } });
    expect(await contacts.moneyContacts(ORG)).toEqual(["pay@x.co.za"]);
    expect(sent[0]!.body.variables).toEqual({ organizationId: ORG, roles: ["OWNER", "ADMIN", "BILLING"] });
  });

  it("throws rather than answer nobody when tenancy refuses", async () => {
    const { contacts } = tenancyAnswering({
      data: null,
      errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }],
    });
    await expect(contacts.ownersAndAdmins(ORG)).rejects.toThrow(/FORBIDDEN/);
  });
});
