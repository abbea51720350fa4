import { GraphQLError } from "graphql";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { refusalsOf } from "./refusals";

const refused = (...errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
  new CombinedError({
    graphQLErrors: errors.map(({ message, extensions }) => new GraphQLError(message, { extensions })),
  });

describe("refusalsOf", () => {
  it("puts input errors at their field and keeps the rest with their code", () => {
    const refusals = refusalsOf(
      refused(
        { message: "Resize to another size", extensions: { code: "BAD_USER_INPUT", field: "vcpuCount" } },
        { message: "VM web-01 has an operation in progress", extensions: { code: "CONFLICT" } },
      ),
    );
    expect(refusals.fields).toEqual({ vcpuCount: "Resize to another size" });
    expect(refusals.other).toEqual([{ message: "VM web-01 has an operation in progress", code: "CONFLICT" }]);
  });

  it("says how much to top up when the wallet cannot cover the change", () => {
    const [refusal] = refusalsOf(
      refused({
        message: "Not enough funds: R 40.00 short",
        extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "1234.5" },
      }),
    ).other;
    expect(refusal?.topUp).toBe(true);
    expect(refusal?.advice?.replace(/\s/g, " ")).toBe("Top up the wallet by at least R 1 234,50, then try again.");
  });

  it("still advises a top-up without a shortfall, and for a suspended organisation", () => {
    const refusals = refusalsOf(
      refused(
        { message: "Not enough funds", extensions: { code: "INSUFFICIENT_FUNDS" } },
        { message: "Suspended", extensions: { code: "ORGANIZATION_SUSPENDED" } },
      ),
    );
    expect(refusals.other.map((refusal) => [refusal.code, refusal.topUp])).toEqual([
      ["INSUFFICIENT_FUNDS", true],
      ["ORGANIZATION_SUSPENDED", true],
    ]);
  });

  it("shows a network failure, and nothing when nothing was refused", () => {
    expect(refusalsOf(new CombinedError({ networkError: new Error("Failed to fetch") })).other).toEqual([
      { message: "Network error: Failed to fetch" },
    ]);
    expect(refusalsOf(undefined)).toEqual({ fields: {}, other: [] });
  });
});
