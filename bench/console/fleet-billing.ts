import { randomUUID } from "node:crypto";
import type { TestPlatform } from "../../integration/platform";
import type { SeededFleet } from "../../scripts/seed/fixture-fleet";

/** The usage relay's limit per delivery. */
const CHANGES_PER_DELIVERY = 1000;
const HOUR_MS = 3_600_000;

/**
 * Tells billing that each VM of a seeded fleet has run since `days` ago, in the state `seedFleet`
 * gave it (1–16 vCPUs, 2–33 GB, a 60 GB standard disk, powered on), then meters every hour
 * ended by `now` and prices each VM's month, so a ranking by cost has a figure for every VM.
 */
export async function billFleet(platform: TestPlatform, fleet: SeededFleet, days: number, now: Date): Promise<void> {
  const since = new Date(Math.floor((now.getTime() - days * 24 * HOUR_MS) / HOUR_MS) * HOUR_MS);
  const changes = fleet.vmIds.map((vmId, i) => ({
    changeId: `bench:${vmId}`,
    vmId,
    organizationId: fleet.organizationId,
    occurredAt: since.toISOString(),
    exists: true,
    poweredOn: true,
    vcpuCount: 1 + (i % 16),
    memoryMib: 1024 * (2 + (i % 32)),
    disks: [{ diskId: randomUUID(), tier: "standard", capacityGb: 60 }],
    licences: [],
    publicIpCount: 0,
  }));
  for (let start = 0; start < changes.length; start += CHANGES_PER_DELIVERY) {
    await platform.billing.deliver(changes.slice(start, start + CHANGES_PER_DELIVERY));
  }
  await platform.billing.meter(now);
}
