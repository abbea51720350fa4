import { generateKeyPairSync } from "node:crypto";
import { signAccessToken } from "@dcx/kit";
import { graphqlRequest } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "../testing/test-gateway";

const CUSTOMER = {
  kind: "user",
  id: "u-1",
  organizationId: "org-adcock",
  organizationKind: "customer",
  role: "admin",
  readOnly: false,
  allOrganizations: false,
  visibleOrganizationIds: ["org-adcock"],
};
const API_KEY = "dcx_key_abcdefghijklmnopqrstuvwxyz012345";

describe("the gateway authenticates once and signs the caller into subgraph requests", () => {
  let test: TestGateway;
  const identity = async (authorization?: string) => {
    const result = await graphqlRequest<{ receivedIdentity: string }>(
      test.gateway.graphqlUrl,
      "{ receivedIdentity receivedAuthorization }",
      {},
      authorization ? { authorization } : {},
    );
    return { result, identity: result.data ? JSON.parse(result.data.receivedIdentity) : null };
  };
  const accessToken = async (sessionId: string, key = test.sessionKeys.privateKey) =>
    `Bearer ${(await signAccessToken(key, { sessionId, userId: "u-1" })).token}`;

  beforeAll(async () => {
    test = await startTestGateway({ CALLER_CACHE_SECONDS: "0" });
    test.callers.sessions.set("s-live", CUSTOMER);
    test.callers.apiKeys.set(API_KEY, { ...CUSTOMER, kind: "api_key", id: "k-1", readOnly: true });
  });
  afterAll(() => test?.close());

  it("passes an anonymous caller when there are no credentials", async () => {
    const { identity: seen } = await identity();
    expect(seen).toMatchObject({ audience: "tenancy", caller: null });
  });

  it("turns a live session's access token into its caller, and never forwards the token", async () => {
    const { result, identity: seen } = await identity(await accessToken("s-live"));
    expect(seen.caller).toEqual({ ...CUSTOMER, allOrganizations: undefined, visibleOrganizationIds: ["org-adcock"] });
    expect(result.data).toMatchObject({ receivedAuthorization: null });
  });

  it("turns a partner API key into its caller", async () => {
    const { identity: seen } = await identity(`Bearer ${API_KEY}`);
    expect(seen.caller).toMatchObject({ kind: "api_key", id: "k-1", readOnly: true });
  });

  it.each([
    ["a malformed header", async () => "Basic dXNlcjpwYXNz", "Authorization must be"],
    [
      "a forged access token",
      async () => accessToken("s-live", generateKeyPairSync("ed25519").privateKey),
      "Invalid access token",
    ],
    ["an ended session", async () => accessToken("s-ended"), "This session has ended"],
    ["an unknown API key", async () => "Bearer dcx_key_unknown", "Unknown or revoked API key"],
  ])("refuses %s with 401 and reaches no subgraph field", async (_label, header, message) => {
    const response = await fetch(test.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: await header() },
      body: JSON.stringify({ query: "{ receivedIdentity }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(body.errors[0]!.message).toContain(message);
  });

  it("notices a revoked session on the next request when caching is off", async () => {
    test.callers.sessions.set("s-short", CUSTOMER);
    const token = await accessToken("s-short");
    expect((await identity(token)).identity.caller).toMatchObject({ id: "u-1" });
    test.callers.sessions.delete("s-short");
    expect((await identity(token)).result.errors?.[0]?.message).toContain("This session has ended");
  });
});

describe("caller caching", () => {
  let test: TestGateway;
  beforeAll(async () => {
    test = await startTestGateway({ CALLER_CACHE_SECONDS: "30" });
    test.callers.sessions.set("s-1", CUSTOMER);
  });
  afterAll(() => test?.close());

  it("asks tenancy once per session within the cache time", async () => {
    const token = `Bearer ${(await signAccessToken(test.sessionKeys.privateKey, { sessionId: "s-1", userId: "u-1" })).token}`;
    for (let i = 0; i < 5; i += 1) {
      await graphqlRequest(test.gateway.graphqlUrl, "{ receivedIdentity }", {}, { authorization: token });
    }
    expect(test.callers.lookups).toBe(1);
  });
});
