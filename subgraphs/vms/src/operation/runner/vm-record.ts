import { eq } from "drizzle-orm";
import { vmDisks, vmNics, vms } from "../../db/schema";
import type { HypervisorPowerState, HypervisorVm } from "../../hypervisor";
import type { VmsDb } from "../../vm/vm.store";
import { loadDisks, loadNics } from "./operation.store";

export type PowerStateValue = "powered_on" | "powered_off" | "suspended";

export const POWER_STATE: Record<HypervisorPowerState, PowerStateValue> = {
  poweredOn: "powered_on",
  poweredOff: "powered_off",
  suspended: "suspended",
};

/**
 * Writes what vCenter reports about a VM the platform made onto its row: identity, power, size,
 * where it runs, and the device keys of its disks and NICs (matched by position: the driver adds
 * them in the order given, and vCenter numbers them in that order).
 */
export async function recordHypervisorVm(
  db: VmsDb,
  vmId: string,
  vm: HypervisorVm,
  extra: { lifecycle?: "ready"; now: Date },
): Promise<void> {
  const disks = [...vm.disks].sort((a, b) => a.key - b.key);
  const nics = [...vm.nics].sort((a, b) => a.key - b.key);
  await db.transaction(async (tx) => {
    await tx
      .update(vms)
      .set({
        instanceUuid: vm.instanceUuid,
        powerState: POWER_STATE[vm.powerState],
        vcpuCount: vm.vcpuCount,
        memoryMib: vm.memoryMib,
        guestOs: vm.guestFullName ?? vm.guestId,
        ipAddresses: vm.ipAddresses,
        host: vm.host,
        datastore: vm.datastores[0] ?? null,
        toolsStatus: vm.toolsRunningStatus,
        updatedAt: extra.now,
        ...(extra.lifecycle ? { lifecycle: extra.lifecycle } : {}),
      })
      .where(eq(vms.id, vmId));
    const diskRows = await loadDisks(tx as unknown as VmsDb, vmId);
    for (const [index, row] of diskRows.entries()) {
      const disk = disks[index];
      if (!disk) break;
      await tx.update(vmDisks).set({ deviceKey: disk.key, datastore: disk.datastore }).where(eq(vmDisks.id, row.id));
    }
    const nicRows = await loadNics(tx as unknown as VmsDb, vmId);
    for (const [index, row] of nicRows.entries()) {
      const nic = nics[index];
      if (!nic) break;
      await tx.update(vmNics).set({ deviceKey: nic.key, macAddress: nic.macAddress }).where(eq(vmNics.id, row.id));
    }
  });
}

/** Power state (and the addresses the guest reports) after a power operation. */
export async function recordPowerState(db: VmsDb, vmId: string, vm: HypervisorVm, now: Date): Promise<void> {
  await db
    .update(vms)
    .set({ powerState: POWER_STATE[vm.powerState], ipAddresses: vm.ipAddresses, host: vm.host, updatedAt: now })
    .where(eq(vms.id, vmId));
}
