import { describe, expect, it } from "vitest";
import { errorsExplainingNull, errorsUnder, groupErrors, joinMessages } from "./errors";

const errors = [
  { message: "catalog down", path: ["organization", "vms", 0, "estimatedMonthlyCost"] },
  { message: "catalog down", path: ["organization", "vms", 1, "estimatedMonthlyCost"] },
  { message: "no samples", path: ["organization", "vms", 1, "metrics"] },
  { message: "wallet down", path: ["organization", "wallet"] },
  { message: "gateway", path: undefined },
];

describe("errorsUnder", () => {
  it("selects errors by response path prefix", () => {
    expect(errorsUnder(errors, ["organization", "vms", 1]).map((e) => e.message)).toEqual([
      "catalog down",
      "no samples",
    ]);
    expect(errorsUnder(errors, ["organization", "wallet"])).toHaveLength(1);
    expect(errorsUnder(errors, ["organization", "vms", 10])).toEqual([]);
  });

  it("does not match a shorter path or an error without a path", () => {
    expect(errorsUnder(errors, ["organization", "wallet", "balance"])).toEqual([]);
  });
});

describe("joinMessages", () => {
  it("lists each message once", () => {
    expect(joinMessages(errors.slice(0, 3))).toBe("catalog down; no samples");
  });
});

describe("groupErrors", () => {
  it("groups by message and keeps every path", () => {
    expect(groupErrors(errors)).toEqual([
      {
        message: "catalog down",
        paths: ["organization.vms.0.estimatedMonthlyCost", "organization.vms.1.estimatedMonthlyCost"],
      },
      { message: "no samples", paths: ["organization.vms.1.metrics"] },
      { message: "wallet down", paths: ["organization.wallet"] },
      { message: "gateway", paths: [] },
    ]);
  });
});

describe("errorsExplainingNull", () => {
  it("adds errors without a path to those under the field", () => {
    expect(errorsExplainingNull(errors, ["organization", "wallet"]).map((e) => e.message)).toEqual([
      "wallet down",
      "gateway",
    ]);
  });

  it("is empty when nothing went wrong", () => {
    expect(errorsExplainingNull([], ["organization", "wallet"])).toEqual([]);
  });
});
