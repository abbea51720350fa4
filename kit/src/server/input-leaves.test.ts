import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldForDatabaseError, inputLeaves } from "./input-leaves";

const document = parse(`mutation($input: CreateInput!) { create(input: $input, note: "a\\u0000b", count: 12) { id } }`);
const variables = {
  input: { name: "x".repeat(300), parentId: "not-a-uuid", disks: [{ capacityGb: 10 }, { capacityGb: 1e40 }] },
};

describe("the input behind a database refusal", () => {
  const leaves = inputLeaves(document, variables);

  it("lists every scalar of the variables and the literal arguments with its path", () => {
    expect(leaves.map((leaf) => leaf.field)).toEqual([
      "input.name",
      "input.parentId",
      "input.disks[0].capacityGb",
      "input.disks[1].capacityGb",
      "note",
      "count",
    ]);
  });

  it("finds the value PostgreSQL quotes", () => {
    const facts = { code: "22P02", message: 'invalid input syntax for type uuid: "not-a-uuid"' };
    expect(fieldForDatabaseError(facts, leaves)).toBe("input.parentId");
    const range = { code: "22003", message: 'value "12" is out of range for type smallint' };
    expect(fieldForDatabaseError(range, leaves)).toBe("count");
  });

  it("picks the text with NUL, the longest text, the number with most digits when nothing is quoted", () => {
    expect(
      fieldForDatabaseError({ code: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' }, leaves),
    ).toBe("note");
    expect(
      fieldForDatabaseError({ code: "22001", message: "value too long for type character varying(100)" }, leaves),
    ).toBe("input.name");
    expect(fieldForDatabaseError({ code: "22003", message: "numeric field overflow" }, leaves)).toBe(
      "input.disks[1].capacityGb",
    );
  });

  it("names nothing rather than a wrong guess for a format error it cannot place", () => {
    expect(fieldForDatabaseError({ code: "22007", message: 'invalid input syntax for type date: "zz"' }, leaves)).toBe(
      undefined,
    );
  });
});
