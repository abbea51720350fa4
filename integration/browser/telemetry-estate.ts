import { recordPerformance } from "@dcx/telemetry-billing";
import { createFixtureVm, type FixtureVm } from "../../scripts/seed/fixture-vm";
import { seedSamples } from "../../scripts/seed/fixture-samples";
import type { TestPlatform } from "../platform";

const HOUR_MS = 3_600_000;

/** Stretches of 5-minute samples, each `hours` long and ending `endsHoursAgo` before now. */
type Stretches = ReadonlyArray<{ endsHoursAgo: number; hours: number }>;

/**
 * VMs in every state the telemetry views tell apart. They exist only in the inventory, not in
 * vCenter, so the platform's collector never samples them and these samples are all they have:
 * - tm-gap: running, sampled up to now with a 4-hour hole 9–13 hours ago (gaps, never zeros),
 *   and two guest file systems, one 95 % full (a default rule's alert fires);
 * - tm-stale: running, but its newest sample is 3 hours old ("no data since");
 * - tm-never: running and never sampled ("no data yet");
 * - tm-off: powered off, sampled until 20 hours ago.
 */
export const TELEMETRY_ESTATE: Record<string, { powerState: FixtureVm["powerState"]; samples: Stretches }> = {
  "tm-gap": {
    powerState: "POWERED_ON",
    samples: [
      { endsHoursAgo: 13, hours: 11 },
      { endsHoursAgo: 0, hours: 9 },
    ],
  },
  "tm-stale": { powerState: "POWERED_ON", samples: [{ endsHoursAgo: 3, hours: 21 }] },
  "tm-never": { powerState: "POWERED_ON", samples: [] },
  "tm-off": { powerState: "POWERED_OFF", samples: [{ endsHoursAgo: 20, hours: 4 }] },
};

/** Creates TELEMETRY_ESTATE in an organisation, written as the collector's deliveries are; answers the ids by name. */
export async function createTelemetryEstate(
  platform: TestPlatform,
  organizationId: string,
  now = new Date(),
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  let index = 0;
  for (const [name, { powerState, samples }] of Object.entries(TELEMETRY_ESTATE)) {
    const vmId = await createFixtureVm(platform.dbs.vms, organizationId, {
      name,
      vcpuCount: 2,
      memoryGb: 4,
      powerState,
      disks: [{ label: "Hard disk 1", capacityGb: 40, tier: "STANDARD" }],
    });
    ids[name] = vmId;
    // Oldest first, as a collector catching up would deliver them.
    for (const { endsHoursAgo, hours } of [...samples].reverse()) {
      const end = new Date(now.getTime() - endsHoursAgo * HOUR_MS);
      await seedSamples(platform.dbs.telemetry, vmId, organizationId, index, end, hours);
    }
    index += 1;
  }
  const gap = { vmId: ids["tm-gap"]!, organizationId, sampledAt: now };
  await recordPerformance(platform.dbs.telemetry, {
    vms: [],
    samples: [],
    guestDisks: [
      { ...gap, path: "/", capacityMb: 40 * 1024, freeMb: 28 * 1024 },
      { ...gap, path: "/data", capacityMb: 100 * 1024, freeMb: 5 * 1024 },
    ],
  });
  // Roll-ups and alert rules run as after a collector's delivery.
  await platform.telemetry.maintain();
  return ids;
}
