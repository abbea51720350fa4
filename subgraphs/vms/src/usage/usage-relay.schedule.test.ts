import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms, vmsTables } from "../db/schema";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import type { UsageRelayReport } from "./usage-relay";
import { startUsageRelay } from "./usage-relay.schedule";
import { type FakeTelemetry, startFakeTelemetry } from "./usage.fixture";

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("the usage relay's schedule", () => {
  let database: Database<typeof vmsTables>;
  let receiver: FakeTelemetry;
  beforeAll(async () => {
    database = await openTestDatabase({ name: "vms", tables: vmsTables });
    receiver = await startFakeTelemetry();
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it("relays at start and every interval, logging rounds that delivered, reporting every round", async () => {
    const vm = await createVm(database.db, {
      organizationId: randomUUID(),
      name: "scheduled",
      vcpuCount: 1,
      memoryMib: 1024,
      powerState: PowerState.POWERED_ON,
      disks: [{ label: "OS", capacityGb: 10, tier: StorageTier.STANDARD }],
    });
    const logs: string[] = [];
    const reports: UsageRelayReport[] = [];
    const relay = startUsageRelay(
      { database, sink: receiver.sink, clock: () => new Date(), log: (line) => logs.push(line) },
      { intervalSeconds: 1, onReport: (report) => reports.push(report) },
    );
    try {
      await until(() => reports.length >= 1);
      expect(receiver.calls.flat().map((change) => change.vmId)).toEqual([vm.id]);
      expect(logs).toEqual([expect.stringMatching(/^usage relay: 1 changes delivered in 1 call /)]);

      // A change made now goes out with the next tick; idle ticks log nothing.
      await database.db.update(vms).set({ powerState: "powered_off" }).where(eq(vms.id, vm.id));
      await until(() => receiver.calls.length >= 2);
      expect(receiver.calls[1]).toMatchObject([{ vmId: vm.id, poweredOn: false }]);
      await until(() => reports.length >= 3);
      expect(logs).toHaveLength(2);
      expect(reports.every((report) => report.outcome === "relayed")).toBe(true);
    } finally {
      await relay.stop();
    }
    const rounds = reports.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(reports).toHaveLength(rounds);
  });
});
