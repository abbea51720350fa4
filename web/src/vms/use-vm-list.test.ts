import { describe, expect, it } from "vitest";
import { answers } from "./use-vm-list";

describe("which answer the list shows", () => {
  it("takes a result only for the variables it was asked with, whatever their order", () => {
    const asked = { organizationId: "o", by: "MONTH_COST", after: null, cpuWindow: { since: "a", until: "b" } };
    const result = {
      operation: {
        variables: { cpuWindow: { until: "b", since: "a" }, after: null, by: "MONTH_COST", organizationId: "o" },
      },
    };
    expect(answers(result, asked)).toBe(true);
    expect(answers(result, { ...asked, by: "CPU_AVERAGE" })).toBe(false);
    expect(answers(result, { ...asked, after: "c50" })).toBe(false);
    expect(answers({}, asked)).toBe(false);
  });
});
