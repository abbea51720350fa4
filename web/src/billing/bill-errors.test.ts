import { describe, expect, it } from "vitest";
import { monthOutcomes } from "./bill-errors";

const telemetryDown = {
  message: "The telemetry-billing service is unavailable",
  extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "telemetry-billing" },
};
const vmsDown = {
  message: "The vms service is unavailable",
  extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "vms" },
};
const bill = { total: "1.00" };
const budget = { amount: "5000.00" };

describe("monthOutcomes", () => {
  it("shows what arrived, and no budget as none set", () => {
    const outcomes = monthOutcomes(bill, null, []);
    expect(outcomes.bill).toEqual({ available: true, value: bill });
    expect(outcomes.budget).toEqual({ available: true, value: null });
    expect(outcomes.vmNameErrors(0)).toEqual([]);
  });

  it("marks both unavailable when billing is down: a missing budget is not 'none set'", () => {
    const outcomes = monthOutcomes(null, null, [telemetryDown]);
    expect(outcomes.bill).toEqual({ available: false, errors: [telemetryDown] });
    expect(outcomes.budget).toEqual({ available: false, errors: [telemetryDown] });
  });

  it("keeps the bill when only a VM's name failed, and marks that line's name", () => {
    const nameFailed = { message: "boom", path: ["organization", "currentBill", "lines", 2, "vm"] };
    const outcomes = monthOutcomes(bill, budget, [nameFailed]);
    expect(outcomes.bill).toEqual({ available: true, value: bill });
    expect(outcomes.budget).toEqual({ available: true, value: budget });
    expect(outcomes.vmNameErrors(2)).toEqual([nameFailed]);
    expect(outcomes.vmNameErrors(1)).toEqual([]);
    expect(monthOutcomes(bill, budget, [vmsDown]).vmNameErrors(0)).toEqual([vmsDown]);
  });

  it("does not show a bill that failed in part", () => {
    const totalFailed = { message: "no price", path: ["organization", "currentBill", "total"] };
    expect(monthOutcomes(bill, budget, [totalFailed]).bill).toEqual({ available: false, errors: [totalFailed] });
  });
});
