import "reflect-metadata";
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Arg, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/database";
import { badUserInput } from "../errors";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "../gateway-trust/gateway-token";
import { buildFederatedSchema } from "../schema/build-subgraph-schema";
import { DecimalScalar } from "../schema/decimal-scalar";
import { customerUser } from "../testing/callers";
import { graphqlBody } from "../testing/graphql-request";
import { testPostgresUrl } from "../testing/test-database";
import { type RunningSubgraph, startSubgraphServer } from "./subgraph-server";

let database: Database<Record<string, never>>;
const table = `probe_${randomBytes(4).toString("hex")}`;
const SECRET_EMAIL = "victim@adcock.co.za";

@ObjectType()
class Stored {
  @Field(() => String)
  name!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => String)
  crash(): string {
    throw new Error(`Failed query: select * from users where email = $1 params: ${SECRET_EMAIL}`);
  }

  @Query(() => String)
  refused(): string {
    throw badUserInput("Name must be 1–3 characters", "name");
  }

  @Query(() => String)
  async uuid(@Arg("id", () => String) id: string): Promise<string> {
    await database.db.execute(sql`select ${id}::uuid`);
    return id;
  }

  @Query(() => String)
  decimal(@Arg("amount", () => DecimalScalar) amount: string): string {
    return amount;
  }

  @Mutation(() => Stored)
  async store(@Arg("name", () => String) name: string, @Arg("count", () => String) count: string): Promise<Stored> {
    await database.db.execute(sql`insert into ${sql.identifier(table)} (name, count) values (${name}, ${count})`);
    return { name };
  }
}

const gateway = generateKeyPairSync("ed25519");
const caller = customerUser(randomUUID());
const logged: Record<string, unknown>[] = [];
const servers: RunningSubgraph[] = [];

async function post(server: RunningSubgraph, query: string, variables: Record<string, unknown> = {}) {
  const body = graphqlBody(query, variables);
  const token = await signGatewayToken(
    gateway.privateKey,
    "probe",
    { method: "POST", body },
    {
      caller,
      clientAddress: "127.0.0.1",
    },
  );
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: token },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: unknown; errors?: Err[] } };
}
type Err = { message: string; path?: unknown[]; extensions: Record<string, unknown> };

beforeAll(async () => {
  database = await openDatabase({ schema: {}, migrationsFolder: "", url: testPostgresUrl() });
  await database.db.execute(sql.raw(`create table ${table} (name varchar(3), count integer)`));
  const schema = await buildFederatedSchema({ resolvers: [ProbeResolver] });
  for (const production of [false, true]) {
    servers.push(
      await startSubgraphServer({
        name: "probe",
        schema,
        context: () => ({}),
        ready: async () => {},
        port: 0,
        host: "127.0.0.1",
        production,
        gatewayPublicKey: gateway.publicKey,
        errorLog: (entry) => logged.push(entry),
      }),
    );
  }
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await database?.db.execute(sql.raw(`drop table if exists ${table}`));
  await database?.close();
});

const rowCount = async () => {
  const result = (await database.db.execute(sql.raw(`select count(*) as n from ${table}`))) as unknown as {
    rows: { n: string }[];
  };
  return Number(result.rows[0]!.n);
};

describe.each([
  ["development", 0],
  ["production", 1],
])("a subgraph's errors in %s", (_mode, index) => {
  const server = () => servers[index]!;

  it("mask an unexpected error as Internal error with an id, and log its details under that id", async () => {
    const { text, json } = await post(server(), "query Dashboard { crash }");
    const [error] = json.errors!;
    expect(error).toEqual({
      message: "Internal error",
      path: ["crash"],
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    for (const leak of [SECRET_EMAIL, "select", "params", "    at "]) expect(text).not.toContain(leak);
    const entry = logged.find((line) => line.errorId === error!.extensions.errorId);
    expect(entry).toMatchObject({
      level: "error",
      subgraph: "probe",
      message: expect.stringContaining(SECRET_EMAIL),
      stack: expect.stringContaining("crash"),
      path: ["crash"],
      operationName: "Dashboard",
      callerOrganization: caller.organizationId,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("pass the platform's own errors through as they are", async () => {
    const { json } = await post(server(), "{ refused }");
    expect(json.errors).toEqual([
      {
        message: "Name must be 1–3 characters",
        path: ["refused"],
        locations: expect.any(Array),
        extensions: { code: "BAD_USER_INPUT", field: "name" },
      },
    ]);
  });

  it.each([
    ["text too long for its column (22001)", { name: "abcd", count: "1" }, "name"],
    ["NUL in text (22021)", { name: "a\u0000", count: "1" }, "name"],
    ["a number out of the column's range (22003)", { name: "abc", count: "99999999999" }, "count"],
    ["a number with too many digits (22003)", { name: "abc", count: `1${"0".repeat(40)}` }, "count"],
    ["text that is not a number (22P02)", { name: "abc", count: "NaN" }, "count"],
  ])("turn %s into BAD_USER_INPUT naming the field, with nothing written", async (_what, variables, field) => {
    const before = await rowCount();
    const { text, json } = await post(
      server(),
      "mutation($name: String!, $count: String!) { store(name: $name, count: $count) { name } }",
      variables,
    );
    expect(json.errors).toEqual([
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field }, path: ["store"] }),
    ]);
    expect(text).not.toMatch(/insert|probe_|params/i);
    expect(await rowCount()).toBe(before);
  });

  it("still store what fits the column exactly (the boundary's other side)", async () => {
    const before = await rowCount();
    const { json } = await post(
      server(),
      "mutation($name: String!, $count: String!) { store(name: $name, count: $count) { name } }",
      { name: "abc", count: "2147483647" },
    );
    expect(json).toEqual({ data: { store: { name: "abc" } } });
    expect(await rowCount()).toBe(before + 1);
  });

  it("name the argument behind a malformed uuid, in a variable or a literal", async () => {
    const viaVariable = await post(server(), "query($id: String!) { uuid(id: $id) }", { id: "not-a-uuid" });
    expect(viaVariable.json.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
    const literal = await post(server(), '{ uuid(id: "zzz") }');
    expect(literal.json.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("refuse a malformed Decimal variable as BAD_USER_INPUT naming the variable", async () => {
    for (const amount of ["1e999", "NaN", "12,50", " 1"]) {
      const { status, json } = await post(server(), "query($amount: Decimal!) { decimal(amount: $amount) }", {
        amount,
      });
      expect(status).toBe(400);
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
    }
  });
});

describe("a subgraph's HTTP layer", () => {
  const signed = async (body: string) => ({
    "content-type": "application/json",
    [GATEWAY_TOKEN_HEADER]: await signGatewayToken(gateway.privateKey, "probe", { method: "POST", body }),
  });

  it("answers a signed but malformed JSON body with a JSON 400, no stack", async () => {
    const body = '{"query": "{ refused }"';
    const response = await fetch(servers[0]!.graphqlUrl, { method: "POST", headers: await signed(body), body });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
    });
    expect(text).not.toContain("    at ");
  });

  it("answers a body over 1 MB with a JSON 413, no stack", async () => {
    const body = JSON.stringify({ query: "{ refused }", variables: { pad: "x".repeat(1024 * 1024) } });
    const response = await fetch(servers[0]!.graphqlUrl, { method: "POST", headers: await signed(body), body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: "The request body is too large", extensions: { code: "BAD_REQUEST" } }],
    });
  });
});
