import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { selectedFieldNames } from "./selected-fields";

const schema = buildSchema(`
  type Series { a: Int b: Int c: Int d: Int }
  type Query { series: Series }
`);

async function namesFor(query: string): Promise<string[]> {
  let seen: Set<string> = new Set();
  await graphql({
    schema,
    source: query,
    rootValue: {
      series: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = selectedFieldNames(info);
        return {};
      },
    },
  });
  return [...seen].sort();
}

describe("selectedFieldNames", () => {
  it("names the fields selected directly", async () => {
    expect(await namesFor("{ series { a c } }")).toEqual(["a", "c"]);
  });

  it("follows inline fragments and fragment spreads, also nested ones", async () => {
    const query = `
      { series { ... on Series { b } ...Outer } }
      fragment Outer on Series { ...Inner }
      fragment Inner on Series { d __typename }`;
    expect(await namesFor(query)).toEqual(["__typename", "b", "d"]);
  });

  it("merges the selections of the same field asked twice", async () => {
    expect(await namesFor("{ series { a } series { b } }")).toEqual(["a", "b"]);
  });
});
