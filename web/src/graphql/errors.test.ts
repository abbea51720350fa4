import { describe, expect, it } from "vitest";
import {
  errorsAtField,
  errorsExplainingNull,
  errorsUnder,
  fieldOutcome,
  groupErrors,
  joinMessages,
  outcomeOfField,
  unplacedErrors,
} from "./errors";

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

describe("errorsAtField", () => {
  it("selects a row's errors by the field after the row's path", () => {
    const row = errorsUnder(errors, ["organization", "vms", 1]);
    expect(errorsAtField(row, 3, "metrics").map((e) => e.message)).toEqual(["no samples"]);
    expect(errorsAtField(row, 3, "telemetry")).toEqual([]);
  });
});

describe("fieldOutcome", () => {
  const telemetryDown = [{ message: "The telemetry-billing service is unavailable", path: ["vm", "metrics"] }];
  const unplaced = [{ message: "The telemetry-billing service is unavailable" }];

  it("shows a value that arrived without errors", () => {
    expect(fieldOutcome({ cpu: [1, null] }, [])).toEqual({ available: true, value: { cpu: [1, null] } });
  });

  it("is unavailable, with the reason, when the field was nulled by an error", () => {
    expect(fieldOutcome(null, telemetryDown)).toEqual({ available: false, errors: telemetryDown });
    expect(fieldOutcome(null, [], unplaced)).toEqual({ available: false, errors: unplaced });
  });

  it("is unavailable when a value arrived beside errors below it: part of it is missing", () => {
    const partial = [{ message: "boom", path: ["vm", "telemetry", "cpu"] }];
    expect(fieldOutcome({ cpu: null }, partial)).toEqual({ available: false, errors: partial });
  });

  it("keeps a value that arrived whatever failed elsewhere", () => {
    expect(fieldOutcome(7, [], unplaced)).toEqual({ available: true, value: 7 });
  });

  it("is unavailable, never an empty value, when a null comes without any error", () => {
    expect(fieldOutcome(undefined, [])).toEqual({ available: false, errors: [] });
  });
});

describe("errors of a subgraph that is down (no path, the service named)", () => {
  const telemetryDown = {
    message: "The telemetry-billing service is unavailable",
    extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "telemetry-billing" },
  };
  const catalogDown = {
    message: "The catalog service is unavailable",
    extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "catalog" },
  };
  const unnamed = { message: "Network error" };
  const placed = { message: "no samples", path: ["organization", "vms", 0, "metrics"] };
  const all = [telemetryDown, catalogDown, unnamed, placed];

  it("may concern a service's fields when they name it or no service at all", () => {
    expect(unplacedErrors(all, "telemetry-billing")).toEqual([telemetryDown, unnamed]);
    expect(unplacedErrors(all, "catalog")).toEqual([catalogDown, unnamed]);
  });

  it("explain a null cell by its own subgraph, never by another's", () => {
    expect(outcomeOfField(null, [telemetryDown, catalogDown], 3, "metrics")).toEqual({
      available: false,
      errors: [telemetryDown],
    });
    expect(outcomeOfField(null, [telemetryDown, catalogDown], 3, "estimatedMonthlyCost")).toEqual({
      available: false,
      errors: [catalogDown],
    });
    expect(outcomeOfField(null, all, 3, "metrics")).toEqual({
      available: false,
      errors: [placed, telemetryDown, unnamed],
    });
  });

  it("explain a field that needs two subgraphs by either of them being down", () => {
    const vmsDown = { message: "The vms service is unavailable", extensions: { service: "vms" } };
    expect(unplacedErrors([telemetryDown, vmsDown, catalogDown], ["telemetry-billing", "vms"])).toEqual([
      telemetryDown,
      vmsDown,
    ]);
    // An open alert names its VM, which the vms subgraph serves.
    expect(outcomeOfField(null, [vmsDown, catalogDown], 1, "openAlerts")).toEqual({
      available: false,
      errors: [vmsDown],
    });
    expect(outcomeOfField(null, [vmsDown, catalogDown], 1, "usage")).toEqual({ available: false, errors: [] });
  });

  it("leave a cell whose value arrived alone", () => {
    expect(outcomeOfField({ amount: "1.00" }, [telemetryDown], 3, "estimatedMonthlyCost")).toEqual({
      available: true,
      value: { amount: "1.00" },
    });
  });

  it("place a field's errors by the segment after the row's path", () => {
    expect(outcomeOfField({ cpu: [] }, [placed], 3, "metrics")).toEqual({ available: false, errors: [placed] });
    expect(outcomeOfField({ stale: true }, [placed], 3, "telemetry")).toEqual({
      available: true,
      value: { stale: true },
    });
  });
});
