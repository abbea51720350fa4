import { billingMonthOf, recordUsageChanges, type TelemetryDb } from "@dcx/telemetry-billing";
import type { VmsDb } from "@dcx/vms";
import { EntryKind, openWallet, placeHold, postEntry, type WalletDb } from "@dcx/wallet";
import { sql } from "drizzle-orm";
import { billingDayOf } from "../../subgraphs/telemetry-billing/src/billing/bill/billing-month";

const DAY_MS = 86_400_000;
/** Whole days of usage before today: the wallet's runway averages the newest three daily charges. */
const USAGE_DAYS = 3;
/** At most this many changes per delivery, as telemetry-billing accepts them. */
const CHANGES_PER_DELIVERY = 1000;
/** A fixed opening credit: a few VMs' days stay within it, hundreds of VMs' run into arrears. */
const OPENING_CREDIT_CENTS = 200_000n;
const HELD_CENTS = 10_000n;

interface VmState {
  id: string;
  power_state: string;
  vcpu_count: number;
  memory_mib: number;
  disks: { diskId: string; tier: string; capacityGb: number }[];
}

/**
 * Gives a seeded fleet what the dashboard's wallet and bill panels read: a wallet with an opening
 * credit and an active hold, and every VM running as it is now since the start of the South
 * African day `USAGE_DAYS` days ago (not before the billing month), delivered to billing as the
 * demo seed delivers its month. Metering and the daily charges to the wallet come after, in one
 * billing pass for every fleet (`TestPlatform.billing.meter`): days already charged are not
 * charged again, so the usage of all fleets must be in before it runs.
 */
export async function giveFleetUsageAndWallet(
  dbs: { wallet: WalletDb; vms: VmsDb; telemetry: TelemetryDb },
  organizationId: string,
  now: Date,
): Promise<void> {
  await openWallet(dbs.wallet, organizationId);
  await postEntry(dbs.wallet, {
    organizationId,
    amountCents: OPENING_CREDIT_CENTS,
    kind: EntryKind.CREDIT_GRANT,
    description: "Opening credit",
    idempotencyKey: `bench-opening-credit-${organizationId}`,
  });
  await placeHold(dbs.wallet, {
    organizationId,
    amountCents: HELD_CENTS,
    reason: "Reserved for a VM being created",
    idempotencyKey: `bench-hold-${organizationId}`,
    expiresAt: new Date(now.getTime() + DAY_MS),
  });

  await recordFleetUsage(dbs, organizationId, now, USAGE_DAYS);
}

/**
 * Tells billing, straight into its database, that every ready VM of the organisation has run as
 * it is now since the start of the South African day `days` days ago (not before the billing
 * month). Metering comes after (`TestPlatform.billing.meter`).
 */
export async function recordFleetUsage(
  dbs: { vms: VmsDb; telemetry: TelemetryDb },
  organizationId: string,
  now: Date,
  days: number,
): Promise<void> {
  const { rows } = (await dbs.vms.execute(sql`
    select v.id, v.power_state, v.vcpu_count, v.memory_mib,
      coalesce((select json_agg(json_build_object('diskId', d.id, 'tier', d.tier, 'capacityGb', d.capacity_gb)
        order by d.position) from vm_disks d where d.vm_id = v.id), '[]') as disks
    from vms v where v.organization_id = ${organizationId}::uuid and v.lifecycle = 'ready'`)) as unknown as {
    rows: VmState[];
  };
  const since = new Date(
    Math.max(billingMonthOf(now).start.getTime(), billingDayOf(now).start.getTime() - days * DAY_MS),
  );
  const changes = rows.map((vm) => ({
    changeId: `bench:${vm.id}`,
    vmId: vm.id,
    organizationId,
    occurredAt: since,
    exists: true,
    poweredOn: vm.power_state === "powered_on",
    vcpuCount: vm.vcpu_count,
    memoryMib: vm.memory_mib,
    disks: vm.disks,
    licences: [],
    publicIpCount: 0,
  }));
  for (let start = 0; start < changes.length; start += CHANGES_PER_DELIVERY) {
    await recordUsageChanges(dbs.telemetry, changes.slice(start, start + CHANGES_PER_DELIVERY));
  }
}
