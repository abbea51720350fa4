import { describe, expect, it } from "vitest";
import { planBatches, queryStart, windowsBetween } from "./collection-plan";
import type { CollectableVm } from "./perf-cursor.store";

const NOW = new Date("2026-11-26T10:02:00Z");
const vm = (id: string, collectedUntil: string | null): CollectableVm => ({
  id,
  organizationId: "org",
  name: `vm-${id}`,
  instanceUuid: `uuid-${id}`,
  poweredOn: true,
  vcpuCount: 2,
  collectedUntil: collectedUntil ? new Date(collectedUntil) : null,
});

describe("the collection plan", () => {
  it("starts at the cursor less 30 minutes, on the 5-minute grid, bounded by the back-fill", () => {
    const at = (v: CollectableVm, days = 7) => queryStart(v, NOW, days).toISOString();
    expect(at(vm("a", "2026-11-26T09:57:00Z"))).toBe("2026-11-26T09:25:00.000Z");
    expect(at(vm("a", null))).toBe("2026-11-19T10:00:00.000Z");
    expect(at(vm("a", "2026-11-01T00:00:00Z"))).toBe("2026-11-19T10:00:00.000Z");
    // No back-fill: the last 30 minutes, however old the cursor.
    expect(at(vm("a", null), 0)).toBe("2026-11-26T09:30:00.000Z");
    // A cursor at (or past) now still asks for the last interval.
    expect(at(vm("a", "2026-11-26T10:40:00Z"))).toBe("2026-11-26T09:55:00.000Z");
  });

  it("batches VMs that share a start, the most recent start first", () => {
    const steady = ["a", "b", "c"].map((id) => vm(id, "2026-11-26T09:57:00Z"));
    const fresh = ["d", "e"].map((id) => vm(id, null));
    const batches = planBatches([...fresh, ...steady], NOW, { batchSize: 2, backfillDays: 7 });
    expect(batches.map((batch) => [batch.from.toISOString(), batch.vms.map((v) => v.id).join("")])).toEqual([
      ["2026-11-26T09:25:00.000Z", "ab"],
      ["2026-11-26T09:25:00.000Z", "c"],
      ["2026-11-19T10:00:00.000Z", "de"],
    ]);
    expect(planBatches([], NOW, { batchSize: 2, backfillDays: 7 })).toEqual([]);
  });

  it("walks from the start to now in windows of at most a day", () => {
    const windows = windowsBetween(new Date("2026-11-24T10:00:00Z"), NOW);
    expect(windows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ["2026-11-24T10:00:00.000Z", "2026-11-25T10:00:00.000Z"],
      ["2026-11-25T10:00:00.000Z", "2026-11-26T10:00:00.000Z"],
      ["2026-11-26T10:00:00.000Z", "2026-11-26T10:02:00.000Z"],
    ]);
    expect(windowsBetween(NOW, NOW)).toEqual([]);
  });
});
