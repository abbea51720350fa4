import { createOrganization, OrganizationKind, type TenancyDb } from "@dcx/tenancy";
import { recordPerformance, rollUpPending, type TelemetryDb } from "@dcx/telemetry-billing";
import type { VmsDb } from "@dcx/vms";
import { createFixtureVm } from "./fixture-vm";
import { fixtureSamples } from "./fixture-samples";

/** How many VMs' samples go into one delivery: 16 × 288 samples, well inside the ingest's limits. */
const VMS_PER_DELIVERY = 16;

export interface SeededFleet {
  organizationId: string;
  vmIds: string[];
}

/**
 * A customer of the provider with `count` powered-on VMs and 24 hours of 5-minute samples each,
 * written the way the collector's deliveries are and rolled up once at the end.
 */
export async function seedFleet(
  dbs: { tenancy: TenancyDb; vms: VmsDb; telemetry: TelemetryDb },
  providerId: string,
  count: number,
  now: Date,
  progress: (line: string) => void = () => {},
): Promise<SeededFleet> {
  const organization = await createOrganization(dbs.tenancy, {
    name: `Bench Customer ${count}`,
    kind: OrganizationKind.CUSTOMER,
    parentId: providerId,
  });
  const vmIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    vmIds.push(
      await createFixtureVm(dbs.vms, organization.id, {
        name: `bench-${String(i).padStart(4, "0")}`,
        vcpuCount: 1 + (i % 16),
        memoryGb: 2 + (i % 32),
        powerState: "POWERED_ON",
        disks: [{ label: "Hard disk 1", capacityGb: 60, tier: "STANDARD" }],
      }),
    );
  }
  progress(`  ${count} VMs created`);
  for (let start = 0; start < count; start += VMS_PER_DELIVERY) {
    const ids = vmIds.slice(start, start + VMS_PER_DELIVERY);
    const samples = ids.flatMap((vmId, offset) =>
      fixtureSamples(start + offset, { vmId, organizationId: organization.id }, now),
    );
    const polledAt = samples.at(-1)!.sampledAt;
    await recordPerformance(dbs.telemetry, {
      vms: ids.map((vmId) => ({ vmId, organizationId: organization.id, poweredOn: true, polledAt })),
      samples,
      guestDisks: [],
    });
    const done = Math.min(count, start + VMS_PER_DELIVERY);
    if (done % 400 < VMS_PER_DELIVERY || done === count) progress(`  samples of ${done}/${count} VMs written`);
  }
  await rollUpPending(dbs.telemetry);
  progress(`  rolled up`);
  return { organizationId: organization.id, vmIds };
}
