import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { readGraphqlVariable } from "./graphql-input";

const schema = buildSchema(`
  enum Tier { FAST SLOW }
  input DiskInput { tier: Tier!, gb: Int! }
  input SpecInput { cpus: Int!, disks: [DiskInput!]! = [], note: String }
  type Query { price(spec: SpecInput!): Int }
`);

const refusal = (value: unknown) => {
  try {
    readGraphqlVariable(schema, "spec", "SpecInput!", value);
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions };
  }
  throw new Error("not refused");
};

describe("reading a document's input as a GraphQL variable", () => {
  it("fills in defaults and coerces as the graph does", () => {
    expect(readGraphqlVariable(schema, "spec", "SpecInput!", { cpus: 2 })).toEqual({ cpus: 2, disks: [] });
    expect(readGraphqlVariable(schema, "spec", "SpecInput!", { cpus: 2, disks: { tier: "FAST", gb: 5 } })).toEqual({
      cpus: 2,
      disks: [{ tier: "FAST", gb: 5 }],
    });
  });

  it("refuses what the graph refuses, with its message, naming the field", () => {
    expect(refusal({ cpus: "two" })).toEqual({
      message: 'Variable "$spec" got invalid value "two" at "spec.cpus"; Int cannot represent non-integer value: "two"',
      extensions: { code: "BAD_USER_INPUT", field: "spec.cpus" },
    });
    expect(refusal({ cpus: 1, disks: [{ tier: "WARP", gb: 1 }] })).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "spec.disks[0].tier" },
    });
    expect(refusal(null)).toEqual({
      message: 'Variable "$spec" of non-null type "SpecInput!" must not be null.',
      extensions: { code: "BAD_USER_INPUT", field: "spec" },
    });
  });
});
