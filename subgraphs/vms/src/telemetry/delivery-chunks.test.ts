import { describe, expect, it } from "vitest";
import { CHUNK_LIMITS, chunkDelivery, type VmShare } from "./delivery-chunks";
import type { VmPerformanceSample } from "./perf-sample";

const sample = (vmId: string, minute: number): VmPerformanceSample => ({
  vmId,
  organizationId: "org",
  sampledAt: new Date(Date.UTC(2026, 10, 26, 0, minute)).toISOString(),
  cpuUsageBp: 1234,
  cpuReadyBp: 5,
  memoryUsageBp: 4567,
  memoryActiveKb: 1_234_567,
  diskReadKbps: 100,
  diskWriteKbps: 200,
  diskReadIops: 6,
  diskWriteIops: 12,
  diskLatencyMs: 3,
  networkReceiveKbps: 900,
  networkTransmitKbps: 400,
  uptimeSeconds: 86_400,
});

const share = (vmId: string, samples: number, disks = 0): VmShare => ({
  polled: { vmId, organizationId: "org", name: vmId, poweredOn: true, polledAt: "2026-11-26T10:00:00.000Z" },
  samples: Array.from({ length: samples }, (_, minute) => sample(vmId, minute)),
  guestDisks: Array.from({ length: disks }, (_, index) => ({
    vmId,
    organizationId: "org",
    sampledAt: "2026-11-26T10:00:00.000Z",
    path: `/data${index}`,
    capacityMb: 1000,
    freeMb: 10,
  })),
});

describe("chunkDelivery", () => {
  it("sends a small delivery as one call, in order", () => {
    const calls = chunkDelivery([share("a", 3, 1), share("b", 2)]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.vms.map((vm) => vm.vmId)).toEqual(["a", "b"]);
    expect(calls[0]!.samples).toHaveLength(5);
    expect(calls[0]!.guestDisks).toHaveLength(1);
    expect(chunkDelivery([])).toEqual([]);
  });

  it("keeps every list at 5,000 entries or fewer and every call under the body budget", () => {
    const shares = Array.from({ length: 40 }, (_, index) => share(`vm-${index}`, 288, 2));
    const calls = chunkDelivery(shares);
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) {
      expect(call.samples.length).toBeLessThanOrEqual(CHUNK_LIMITS.entries);
      expect(JSON.stringify(call).length).toBeLessThanOrEqual(CHUNK_LIMITS.bytes + 100);
    }
    expect(calls.flatMap((call) => call.samples)).toHaveLength(40 * 288);
    expect(calls.flatMap((call) => call.guestDisks)).toHaveLength(80);
    expect(calls.flatMap((call) => call.vms)).toHaveLength(40);
  });

  it("splits on the entry limit, and a VM's entry travels with its last samples", () => {
    const calls = chunkDelivery([share("a", 7), share("b", 4)], { entries: 5, bytes: 1_000_000 });
    expect(
      calls.map((call) => [call.samples.map((s) => s.vmId).join(""), call.vms.map((vm) => vm.vmId).join("")]),
    ).toEqual([
      ["aaaaa", ""],
      ["aabbb", "a"],
      ["b", "b"],
    ]);
  });

  it("lists a VM with nothing to send (not running) on its own entry", () => {
    const off: VmShare = {
      polled: { vmId: "off", organizationId: "org", name: "off", poweredOn: false, polledAt: "x" },
      samples: [],
      guestDisks: [],
    };
    expect(chunkDelivery([off])).toEqual([{ vms: [off.polled], samples: [], guestDisks: [] }]);
  });
});
