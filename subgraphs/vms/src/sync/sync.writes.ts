import { sql } from "drizzle-orm";
import type { VmsDb } from "../vm/vm.store";
import type { SyncedVm } from "./vcenter-vm";

/**
 * Batched writes: each statement takes its whole batch as one JSON parameter
 * (`jsonb_to_recordset`), so any number of VMs costs the same few statements and no statement
 * runs into PostgreSQL's limit of bind parameters.
 */
const json = (rows: readonly object[]) => sql`${JSON.stringify(rows)}::jsonb`;
const stamp = (now: Date) => sql`${now.toISOString()}::timestamptz`;
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

const VM_RECORD = sql.raw(`(instance_uuid uuid, organization_id uuid, name text, power_state power_state,
  vcpu_count integer, memory_mib integer, guest_os text, ip_addresses text[], host text, datastore text,
  tools_status text, change_version text)`);

const vmRecord = (vm: SyncedVm) => ({
  instance_uuid: vm.instanceUuid,
  organization_id: vm.organizationId,
  name: vm.name,
  power_state: vm.powerState,
  vcpu_count: vm.vcpuCount,
  memory_mib: vm.memoryMib,
  guest_os: vm.guestOs,
  ip_addresses: vm.ipAddresses,
  host: vm.host,
  datastore: vm.datastore,
  tools_status: vm.toolsStatus,
  change_version: vm.changeVersion,
});

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Inserts VMs found in vCenter as `ready`; a row marked deleted whose instance UUID is back is
 * brought back to life instead (the UUID is unique across all rows). Answers instance UUID → id.
 */
export async function insertVms(db: VmsDb, list: readonly SyncedVm[], now: Date): Promise<Map<string, string>> {
  if (!list.length) return new Map();
  const result = await db.execute(sql`
    insert into vms (instance_uuid, organization_id, name, power_state, vcpu_count, memory_mib, guest_os,
      ip_addresses, host, datastore, tools_status, change_version, lifecycle, synced_at, created_at, updated_at)
    select v.*, 'ready'::vm_lifecycle, ${stamp(now)}, ${stamp(now)}, ${stamp(now)}
    from jsonb_to_recordset(${json(list.map(vmRecord))}) as v ${VM_RECORD}
    on conflict (instance_uuid) do update set
      organization_id = excluded.organization_id, name = excluded.name, power_state = excluded.power_state,
      vcpu_count = excluded.vcpu_count, memory_mib = excluded.memory_mib, guest_os = excluded.guest_os,
      ip_addresses = excluded.ip_addresses, host = excluded.host, datastore = excluded.datastore,
      tools_status = excluded.tools_status, change_version = excluded.change_version, lifecycle = 'ready',
      synced_at = excluded.synced_at, updated_at = excluded.updated_at
      where vms.lifecycle = 'deleted' and vms.updated_at <= ${stamp(now)}
    returning id, instance_uuid`);
  return new Map(rowsOf<{ id: string; instance_uuid: string }>(result).map((row) => [row.instance_uuid, row.id]));
}

/**
 * Brings known VMs up to vCenter. Guarded in SQL as well as in the plan: a row that left `ready`,
 * gained an active operation or was written after `now` (the listing's time) is not touched. Answers the ids updated.
 * Renamed rows first take a placeholder name, so two VMs may swap names in one sync.
 */
export async function updateVms(
  db: VmsDb,
  list: readonly { id: string; vm: SyncedVm; renamed: boolean }[],
  now: Date,
): Promise<Set<string>> {
  if (!list.length) return new Set();
  const writable = (now: Date) => sql`vms.lifecycle = 'ready' and vms.updated_at <= ${stamp(now)}
    and not exists (select 1 from vm_operations o where o.vm_id = vms.id and o.status in ('queued', 'running'))`;
  const renamed = list.filter((entry) => entry.renamed).map((entry) => entry.id);
  // The placeholder update locks its rows: they take their new values below whatever happens meanwhile.
  const placeholders = renamed.length
    ? rowsOf<{ id: string }>(
        await db.execute(sql`update vms set name = id::text
          where id = any(${uuidArray(renamed)}) and ${writable(now)} returning id`),
      ).map((row) => row.id)
    : [];
  const records = list.map(({ id, vm }) => ({ id, ...vmRecord(vm) }));
  const result = await db.execute(sql`
    update vms set organization_id = v.organization_id, name = v.name, power_state = v.power_state,
      vcpu_count = v.vcpu_count, memory_mib = v.memory_mib, guest_os = v.guest_os,
      ip_addresses = v.ip_addresses, host = v.host, datastore = v.datastore, tools_status = v.tools_status,
      change_version = v.change_version, synced_at = ${stamp(now)}, updated_at = ${stamp(now)}
    from jsonb_to_recordset(${json(records)}) as v (id uuid, instance_uuid uuid, organization_id uuid, name text,
      power_state power_state, vcpu_count integer, memory_mib integer, guest_os text, ip_addresses text[],
      host text, datastore text, tools_status text, change_version text)
    where vms.id = v.id and (vms.id = any(${uuidArray(placeholders)}) or ${writable(now)})
    returning vms.id`);
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}

/** Ready VMs vCenter no longer has become `deleted` (same guard as updates). Answers the ids marked. */
export async function markVanished(db: VmsDb, ids: readonly string[], now: Date): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const result = await db.execute(sql`
    update vms set lifecycle = 'deleted', synced_at = ${stamp(now)}, updated_at = ${stamp(now)}
    where id = any(${uuidArray(ids)}) and lifecycle = 'ready' and updated_at <= ${stamp(now)}
      and not exists (select 1 from vm_operations o where o.vm_id = vms.id and o.status in ('queued', 'running'))
    returning id`);
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}

/**
 * Makes each VM's disks and NICs those vCenter reports, position by position, so unchanged
 * devices keep their ids. Disk labels given on the platform are kept; a static NIC keeps its
 * address and mode; other NICs take the address the guest reports.
 */
export async function writeDevices(
  db: VmsDb,
  list: readonly { id: string; vm: SyncedVm }[],
  networkOfPortGroup: ReadonlyMap<string, string>,
): Promise<void> {
  if (!list.length) return;
  const disks = list.flatMap(({ id, vm }) =>
    vm.disks.map((disk, position) => ({
      vm_id: id,
      position,
      label: disk.label,
      capacity_gb: disk.capacityGb,
      tier: disk.tier,
      device_key: disk.deviceKey,
      datastore: disk.datastore,
    })),
  );
  const nics = list.flatMap(({ id, vm }) =>
    vm.nics.map((nic, position) => ({
      vm_id: id,
      position,
      device_key: nic.deviceKey,
      port_group: nic.portGroup,
      network_id: (nic.portGroup && networkOfPortGroup.get(nic.portGroup)) ?? null,
      mac_address: nic.macAddress,
      ip_address: nic.ipAddress,
    })),
  );
  const counts = list.map(({ id, vm }) => ({ vm_id: id, disks: vm.disks.length, nics: vm.nics.length }));
  await db.execute(sql`
    delete from vm_disks d using jsonb_to_recordset(${json(counts)}) as c (vm_id uuid, disks integer)
    where d.vm_id = c.vm_id and d.position >= c.disks`);
  await db.execute(sql`
    delete from vm_nics n using jsonb_to_recordset(${json(counts)}) as c (vm_id uuid, nics integer)
    where n.vm_id = c.vm_id and n.position >= c.nics`);
  if (disks.length) {
    await db.execute(sql`
      insert into vm_disks (vm_id, position, label, capacity_gb, tier, device_key, datastore)
      select * from jsonb_to_recordset(${json(disks)}) as v (vm_id uuid, position integer, label text,
        capacity_gb integer, tier storage_tier, device_key integer, datastore text)
      on conflict (vm_id, position) do update set capacity_gb = excluded.capacity_gb, tier = excluded.tier,
        device_key = excluded.device_key, datastore = excluded.datastore`);
  }
  if (nics.length) {
    await db.execute(sql`
      insert into vm_nics (vm_id, position, device_key, port_group, network_id, mac_address, ip_address)
      select * from jsonb_to_recordset(${json(nics)}) as v (vm_id uuid, position integer, device_key integer,
        port_group text, network_id uuid, mac_address text, ip_address inet)
      on conflict (vm_id, position) do update set device_key = excluded.device_key,
        port_group = excluded.port_group, network_id = excluded.network_id, mac_address = excluded.mac_address,
        ip_address = case when vm_nics.ip_mode = 'static' then vm_nics.ip_address else excluded.ip_address end`);
  }
}
