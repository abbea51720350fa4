import { describe, expect, it } from "vitest";
import { auditFilterVariables, endOfDay, hasFilters, isDay, parseAuditSearch, startOfDay } from "./audit-search";

const VM = "5f0c8a2e-1b9d-4c3e-9a7f-2d6b8e4c1a90";

describe("parseAuditSearch", () => {
  it("keeps well-formed filters", () => {
    expect(parseAuditSearch({ kind: "vm.power_on", vm: VM, from: "2026-11-01", to: "2026-11-30", org: "x" })).toEqual({
      kind: "vm.power_on",
      vm: VM,
      from: "2026-11-01",
      to: "2026-11-30",
    });
  });

  it("drops unknown kinds, ids that are not UUIDs, days that do not exist and non-text values", () => {
    expect(parseAuditSearch({ kind: "vm.explode", vm: "1; drop table", from: "2026-02-30", to: 20261130 })).toEqual({});
    expect(parseAuditSearch({ kind: "", from: "2026-1-5", to: "yesterday" })).toEqual({});
  });

  it("lower-cases a VM id", () => {
    expect(parseAuditSearch({ vm: VM.toUpperCase() })).toEqual({ vm: VM });
  });
});

describe("days", () => {
  it("knows real calendar days", () => {
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
  });

  it("spans a whole day in the browser's zone, both ends included", () => {
    const start = startOfDay("2026-11-22");
    const end = endOfDay("2026-11-22");
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([
      2026, 10, 22, 0, 0,
    ]);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([
      22, 23, 59, 59, 999,
    ]);
    expect(endOfDay("2026-11-21").getTime() + 1).toBe(start.getTime());
  });
});

describe("auditFilterVariables", () => {
  it("sends nothing for filters not set", () => {
    expect(auditFilterVariables({})).toEqual({ variables: { kind: null, vmId: null, since: null, until: null } });
  });

  it("turns the days into instants", () => {
    const result = auditFilterVariables({ kind: "vm.create", vm: VM, from: "2026-11-01", to: "2026-11-02" });
    expect(result).toEqual({
      variables: {
        kind: "vm.create",
        vmId: VM,
        since: startOfDay("2026-11-01").toISOString(),
        until: endOfDay("2026-11-02").toISOString(),
      },
    });
  });

  it("accepts a single day and refuses a range that ends before it starts", () => {
    expect("variables" in auditFilterVariables({ from: "2026-11-02", to: "2026-11-02" })).toBe(true);
    expect(auditFilterVariables({ from: "2026-11-02", to: "2026-11-01" })).toEqual({
      error: "The last day is before the first day: choose a later “To” day.",
    });
  });
});

describe("hasFilters", () => {
  it("is true when any filter is set", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ to: "2026-11-01" })).toBe(true);
  });
});
