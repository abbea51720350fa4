import "reflect-metadata";
import { generateKeyPairSync } from "node:crypto";
import { Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../caller/caller";
import type { DocumentHandler } from "../documents/document-handler";
import { documentToken, getSignedDocument } from "../documents/document-download.testing";
import { badUserInput } from "../errors";
import { signGatewayToken } from "../gateway-trust/gateway-token";
import { buildFederatedSchema } from "../schema/build-subgraph-schema";
import { customerUser } from "../testing/callers";
import { type RunningSubgraph, startSubgraphServer } from "./subgraph-server";

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return "pong";
  }
}

type Request = Parameters<DocumentHandler>[0];

describe("a subgraph's document route", () => {
  const gateway = generateKeyPairSync("ed25519");
  const owner = customerUser("11111111-1111-4111-8111-111111111111");
  const seen: Request[] = [];
  const logged: Record<string, unknown>[] = [];
  let server: RunningSubgraph;

  /** The owner's reports; anyone else's look missing. */
  const reports: DocumentHandler = async (request) => {
    seen.push(request);
    const [name] = request.path;
    if (name === "bad.csv") throw badUserInput("The month must look like 2024-05", "month");
    if (name === "boom.csv") throw new Error("relation reports does not exist (SELECT secret)");
    if (name !== "May 2024 é.csv" || request.caller.organizationId !== owner.organizationId) return null;
    return { filename: name, contentType: "text/csv; charset=utf-8", body: "a,b\r\n1,2\r\n" };
  };

  beforeAll(async () => {
    server = await startSubgraphServer({
      name: "probe",
      schema: await buildFederatedSchema({ resolvers: [PingResolver] }),
      context: () => ({}),
      ready: async () => {},
      port: 0,
      host: "127.0.0.1",
      production: false,
      gatewayPublicKey: gateway.publicKey,
      documents: { reports },
      errorLog: (entry) => logged.push(entry),
    });
  });
  afterAll(() => server.close());

  const PATH = "/documents/reports/May%202024%20%C3%A9.csv?month=2024-05&x=a%26b";
  const get = (path: string, caller: Caller | null = owner) =>
    getSignedDocument(server.url, path, { privateKey: gateway.privateKey, subgraph: "probe", caller });
  const errorOf = async (response: Response) =>
    ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!;

  it("answers a signed-in caller with the file, as an attachment nobody caches", async () => {
    const response = await get(PATH);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("a,b\r\n1,2\r\n");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="May_2024__.csv"; filename*=UTF-8''May%202024%20%C3%A9.csv`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const request = seen.at(-1)!;
    expect(request.caller).toEqual(owner);
    expect(request.path).toEqual(["May 2024 é.csv"]);
    expect(Object.fromEntries(request.query)).toEqual({ month: "2024-05", x: "a&b" });
  });

  it("answers 404, the same way, for an invisible document, a missing one, an unknown kind or no path", async () => {
    const bodies = [];
    for (const [path, caller] of [
      [PATH, customerUser("22222222-2222-4222-8222-222222222222")],
      ["/documents/reports/June.csv", owner],
      ["/documents/invoices/May.csv", owner],
      ["/documents/constructor/x", owner],
      ["/documents/reports", owner],
      ["/documents/reports/", owner],
    ] as const) {
      const response = await get(path, caller);
      expect(response.status, path).toBe(404);
      bodies.push(await response.text());
    }
    expect(new Set(bodies)).toEqual(
      new Set([JSON.stringify({ errors: [{ message: "No such document", extensions: { code: "NOT_FOUND" } }] })]),
    );
  });

  it("answers 401 without a signature, with a forged one, or without a signed-in caller", async () => {
    const unsigned = await fetch(`${server.url}${PATH}`);
    expect(unsigned.status).toBe(401);
    expect((await errorOf(unsigned)).extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    const impostor = generateKeyPairSync("ed25519");
    const forged = await getSignedDocument(server.url, PATH, {
      privateKey: impostor.privateKey,
      subgraph: "probe",
      caller: owner,
    });
    expect(forged.status).toBe(401);
    const anonymous = await get(PATH, null);
    expect(anonymous.status).toBe(401);
    expect(await errorOf(anonymous)).toMatchObject({ message: "Sign in to download documents" });
  });

  it("refuses a token sent again, even for its own URL", async () => {
    const token = await documentToken(gateway.privateKey, "probe", PATH, owner);
    expect((await getSignedDocument(server.url, PATH, { token })).status).toBe(200);
    const replayed = await getSignedDocument(server.url, PATH, { token });
    expect(replayed.status).toBe(401);
    expect((await errorOf(replayed)).extensions).toMatchObject({ reason: "token already used" });
  });

  it("refuses a token signed for another document, another query, another subgraph or a POST", async () => {
    const other = await documentToken(gateway.privateKey, "probe", "/documents/reports/June.csv", owner);
    const otherQuery = await documentToken(gateway.privateKey, "probe", PATH.replace("2024-05", "2024-06"), owner);
    const otherSubgraph = await documentToken(gateway.privateKey, "wallet", PATH, owner);
    const post = await signGatewayToken(
      gateway.privateKey,
      "probe",
      { method: "POST", body: PATH },
      { caller: owner, clientAddress: "x" },
    );
    for (const [token, reason] of [
      [other, "signed for another body"],
      [otherQuery, "signed for another body"],
      [otherSubgraph, "ERR_JWT_CLAIM_VALIDATION_FAILED"],
      [post, "signed for another method"],
    ] as const) {
      const response = await getSignedDocument(server.url, PATH, { token });
      expect(response.status).toBe(401);
      expect((await errorOf(response)).extensions).toMatchObject({ reason });
    }
  });

  it("does not let a document's token open GET /graphql", async () => {
    const path = "/graphql?query=%7Bping%7D";
    const token = await documentToken(gateway.privateKey, "probe", PATH, owner);
    const response = await fetch(`${server.url}${path}`, {
      headers: { "x-dcx-gateway-token": token, "apollo-require-preflight": "1" },
    });
    expect(response.status).toBe(401);
    // GET /graphql itself is bound to its own URL like any GET.
    const own = await documentToken(gateway.privateKey, "probe", path, owner);
    const signed = await fetch(`${server.url}${path}`, {
      headers: { "x-dcx-gateway-token": own, "apollo-require-preflight": "1" },
    });
    expect(await signed.json()).toEqual({ data: { ping: "pong" } });
  });

  it("answers BAD_USER_INPUT with 400 and its message, anything else with a masked 500", async () => {
    const bad = await get("/documents/reports/bad.csv");
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toEqual({
      message: "The month must look like 2024-05",
      extensions: { code: "BAD_USER_INPUT", field: "month" },
    });
    const boom = await get("/documents/reports/boom.csv");
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(text).not.toContain("SELECT");
    const { errorId } = (JSON.parse(text) as { errors: { extensions: { errorId: string } }[] }).errors[0]!.extensions;
    expect(logged.find((entry) => entry.errorId === errorId)).toMatchObject({
      message: "relation reports does not exist (SELECT secret)",
      kind: "reports",
      callerOrganization: owner.organizationId,
    });
  });

  it("serves documents with GET only", async () => {
    const response = await fetch(`${server.url}${PATH}`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
