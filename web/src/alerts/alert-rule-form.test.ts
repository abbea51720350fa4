import { describe, expect, it } from "vitest";
import { formFromRule, NEW_RULE, ruleValues } from "./alert-rule-form";

const rule = {
  name: "CPU above 90 %",
  metric: "CPU",
  operator: "GREATER_THAN",
  threshold: 90.5,
  durationMinutes: 15,
  severity: "WARNING",
  enabled: true,
} as const;

describe("the alert rule form", () => {
  it("starts from the rule as stored, with a decimal comma", () => {
    expect(formFromRule(rule)).toEqual({ ...rule, threshold: "90,5", durationMinutes: "15" });
    expect(formFromRule({ ...rule, metric: "NO_SAMPLES", threshold: null }).threshold).toBe("");
  });

  it("sends numbers typed either way", () => {
    expect(ruleValues({ ...formFromRule(rule), threshold: " 85,25 " })).toEqual({
      values: { ...rule, threshold: 85.25 },
    });
    expect(ruleValues({ ...formFromRule(rule), threshold: "85.25" })).toEqual({
      values: { ...rule, threshold: 85.25 },
    });
  });

  it("flags what is not a number before anything is sent; ranges are the server's", () => {
    expect(ruleValues({ ...NEW_RULE, threshold: "" })).toEqual({ errors: { "input.threshold": "Enter a threshold" } });
    expect(ruleValues({ ...NEW_RULE, threshold: "ninety", durationMinutes: "1.5" })).toEqual({
      errors: {
        "input.threshold": "Enter a number, e.g. 90 or 12,5",
        "input.durationMinutes": "Enter whole minutes, e.g. 15",
      },
    });
    // 150 % and 7 minutes are numbers: the server says what is wrong with them.
    expect(ruleValues({ ...NEW_RULE, threshold: "150", durationMinutes: "7" })).toHaveProperty("values");
  });

  it("sends no threshold for silence", () => {
    const values = ruleValues({ ...NEW_RULE, metric: "NO_SAMPLES", threshold: "whatever" });
    expect(values).toEqual({ values: expect.objectContaining({ metric: "NO_SAMPLES", threshold: null }) });
  });
});
