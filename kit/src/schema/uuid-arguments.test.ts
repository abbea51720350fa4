import { buildSchema, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { requireUuidIds } from "./uuid-arguments";

const schema = requireUuidIds(
  buildSchema(`
    input Move { to: ID! note: String tags: [ID!] }
    type Query { thing(id: ID!): String  page(after: String): String  move(input: Move!): String }
  `),
);
const rootValue = { thing: () => "found", page: () => "page", move: () => "moved" };
const run = (source: string, variableValues: Record<string, unknown> = {}) =>
  graphql({ schema, source, rootValue, variableValues });
const UUID = "0b0a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("ID arguments", () => {
  it("pass a UUID through to the resolver", async () => {
    expect((await run(`{ thing(id: "${UUID}") }`)).data).toEqual({ thing: "found" });
    expect((await run(`query($i: Move!) { move(input: $i) }`, { i: { to: UUID, tags: [UUID] } })).data).toEqual({
      move: "moved",
    });
  });

  it("refuse anything else as BAD_USER_INPUT naming the input, before the resolver runs", async () => {
    for (const [source, variables, field] of [
      [`{ thing(id: "adcock") }`, {}, "id"],
      [`{ thing(id: 12) }`, {}, "id"],
      [`query($i: Move!) { move(input: $i) }`, { i: { to: `${UUID}\n` } }, "input.to"],
      [`query($i: Move!) { move(input: $i) }`, { i: { to: UUID, tags: [UUID, "x"] } }, "input.tags[1]"],
    ] as const) {
      const result = await run(source, variables);
      expect(result.data).toEqual({ [source.includes("move") ? "move" : "thing"]: null });
      expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    }
  });

  it("leave fields without ID arguments alone", async () => {
    expect((await run(`{ page(after: "not-a-uuid") }`)).data).toEqual({ page: "page" });
  });
});
