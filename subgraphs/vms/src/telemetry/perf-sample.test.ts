import { describe, expect, it } from "vitest";
import type { VmPerformance } from "../hypervisor";
import {
  cpuReadyBasisPoints,
  FIELD_COUNTERS,
  PERF_COUNTERS,
  toGuestDiskSamples,
  toInt,
  toSamples,
} from "./perf-sample";

const VM = {
  id: "9d7c1f52-4a0e-4c55-9b7e-2f8f3c1a0b01",
  organizationId: "1b2c3d4e-0000-4000-8000-000000000001",
  vcpuCount: 4,
};
const T0 = new Date("2026-11-26T09:55:00Z");
const T1 = new Date("2026-11-26T10:00:00Z");

describe("cpuReadyBasisPoints", () => {
  it("is ready ms over the interval the vCPUs had, in basis points, by hand", () => {
    // 2,400 ms ready in 300 s on 4 vCPUs: 2,400 / 1,200,000 = 0.2 % = 20 bp.
    expect(cpuReadyBasisPoints(2_400, 300, 4)).toBe(20);
    // 1,234 ms on 6 vCPUs: 1,234 / 1,800,000 × 10,000 = 6.855… → 7.
    expect(cpuReadyBasisPoints(1_234, 300, 6)).toBe(7);
    // 45 ms on 1 vCPU: 1.5 bp, half rounds up; 44 ms: 1.466… → 1.
    expect(cpuReadyBasisPoints(45, 300, 1)).toBe(2);
    expect(cpuReadyBasisPoints(44, 300, 1)).toBe(1);
    // 20-second samples of 8 vCPUs: 16,000 ms / 160,000 ms = 10 % = 1,000 bp.
    expect(cpuReadyBasisPoints(16_000, 20, 8)).toBe(1_000);
    expect(cpuReadyBasisPoints(0, 300, 2)).toBe(0);
  });

  it("is null when vCenter gave nothing or the division means nothing", () => {
    expect(cpuReadyBasisPoints(null, 300, 4)).toBeNull();
    expect(cpuReadyBasisPoints(100, 300, 0)).toBeNull();
    expect(cpuReadyBasisPoints(100, 0, 4)).toBeNull();
    expect(cpuReadyBasisPoints(-1, 300, 4)).toBeNull();
  });
});

describe("toInt", () => {
  it("keeps nulls null, rounds, and refuses what a GraphQL Int cannot carry", () => {
    expect(toInt(null)).toBeNull();
    expect(toInt(undefined)).toBeNull();
    expect(toInt(Number.NaN)).toBeNull();
    expect(toInt(0)).toBe(0);
    expect(toInt(12.5)).toBe(13);
    expect(toInt(2_147_483_647)).toBe(2_147_483_647);
    expect(toInt(2_147_483_648)).toBeNull();
  });
});

describe("toSamples", () => {
  const values = (counter: string, list: (number | null)[]) => ({ counter, instance: "", values: list });

  it("maps each counter to its field, one sample per timestamp, from the whole-VM series only", () => {
    const performance: VmPerformance = {
      instanceUuid: "u",
      timestamps: [T0, T1],
      intervalSeconds: 300,
      series: [
        ...Object.values(FIELD_COUNTERS).map((counter, index) => values(counter, [index + 1, 100 + index])),
        values("cpu.ready.summation", [2_400, 1_200]),
        // Per-vCPU and per-NIC series are not the VM's: ignored.
        { counter: "cpu.usage.average", instance: "0", values: [9_999, 9_999] },
      ],
    };
    const [first, second] = toSamples(VM, performance);
    expect(first).toEqual({
      vmId: VM.id,
      organizationId: VM.organizationId,
      sampledAt: "2026-11-26T09:55:00.000Z",
      cpuUsageBp: 1,
      memoryUsageBp: 2,
      memoryActiveKb: 3,
      diskReadKbps: 4,
      diskWriteKbps: 5,
      diskReadIops: 6,
      diskWriteIops: 7,
      diskLatencyMs: 8,
      networkReceiveKbps: 9,
      networkTransmitKbps: 10,
      uptimeSeconds: 11,
      cpuReadyBp: 20,
    });
    expect(second).toMatchObject({
      sampledAt: "2026-11-26T10:00:00.000Z",
      cpuUsageBp: 100,
      uptimeSeconds: 110,
      cpuReadyBp: 10,
    });
    expect(PERF_COUNTERS).toHaveLength(12);
  });

  it("keeps a value vCenter did not give null, never 0: a missing series or a gap", () => {
    const performance: VmPerformance = {
      instanceUuid: "u",
      timestamps: [T0, T1],
      intervalSeconds: 300,
      series: [values("cpu.usage.average", [null, 0]), values("cpu.ready.summation", [300, null])],
    };
    const [first, second] = toSamples(VM, performance);
    expect(first).toMatchObject({ cpuUsageBp: null, cpuReadyBp: 3, memoryUsageBp: null, uptimeSeconds: null });
    expect(second).toMatchObject({ cpuUsageBp: 0, cpuReadyBp: null, diskLatencyMs: null });
  });
});

describe("toGuestDiskSamples", () => {
  it("stamps each file system with the VM and the instant", () => {
    const disks = [{ path: "/", capacityMb: 80_000, freeMb: 7_000 }];
    expect(toGuestDiskSamples(VM, { instanceUuid: "u", disks }, T1)).toEqual([
      {
        vmId: VM.id,
        organizationId: VM.organizationId,
        sampledAt: "2026-11-26T10:00:00.000Z",
        path: "/",
        capacityMb: 80_000,
        freeMb: 7_000,
      },
    ]);
    expect(toGuestDiskSamples(VM, { instanceUuid: "u", disks: [] }, T1)).toEqual([]);
  });
});
