import { sql } from "drizzle-orm";
import { check, index, inet, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { networks } from "./network.schema";

export const powerState = pgEnum("power_state", ["powered_on", "powered_off", "suspended"]);
export const storageTier = pgEnum("storage_tier", ["performance", "standard", "archive"]);
/**
 * Where a VM is in its life on this platform: `provisioning` until its create job has made it in
 * vCenter, `ready` while it exists there, `deleting` while its delete job runs, `deleted` after
 * (the row stays for its operations and audit history).
 */
export const vmLifecycle = pgEnum("vm_lifecycle", ["provisioning", "ready", "deleting", "deleted"]);
export const ipMode = pgEnum("ip_mode", ["dhcp", "static"]);

export const vms = pgTable(
  "vms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Owned by the tenancy database: no foreign key can cross databases.
    organizationId: uuid("organization_id").notNull(),
    name: text("name").notNull(),
    powerState: powerState("power_state").notNull(),
    vcpuCount: integer("vcpu_count").notNull(),
    memoryMib: integer("memory_mib").notNull(),
    lifecycle: vmLifecycle("lifecycle").notNull().default("ready"),
    /** vCenter's instance UUID (`config.instanceUuid`); null until the create job has made the VM. */
    instanceUuid: uuid("instance_uuid"),
    guestOs: text("guest_os"),
    /** Every address the guest reports, the primary first. */
    ipAddresses: text("ip_addresses")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    host: text("host"),
    datastore: text("datastore"),
    /** VMware Tools as vCenter reports it, e.g. `guestToolsRunning`. */
    toolsStatus: text("tools_status"),
    /** vCenter's `config.changeVersion` at the last sync: unchanged means nothing to compare. */
    changeVersion: text("change_version"),
    syncedAt: timestamp("synced_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // "web-01" and "WEB-01" are one VM within an organisation; other organisations may reuse it,
    // and so may a new VM once the old one is deleted. Leading with organization_id, it is also
    // the index for "VMs of these organisations" by name.
    uniqueIndex("vms_organization_id_name_unique")
      .on(table.organizationId, sql`lower(${table.name})`)
      .where(sql`${table.lifecycle} <> 'deleted'`),
    uniqueIndex("vms_instance_uuid_unique").on(table.instanceUuid),
    // Last line of defence behind the service's validation.
    check("vms_vcpu_count_positive", sql`${table.vcpuCount} > 0`),
    check("vms_memory_mib_positive", sql`${table.memoryMib} > 0`),
  ],
);

export const vmDisks = pgTable(
  "vm_disks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vmId: uuid("vm_id")
      .notNull()
      .references(() => vms.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    capacityGb: integer("capacity_gb").notNull(),
    tier: storageTier("tier").notNull(),
    /** 0-based place of the disk on its VM, so disks always list in the order they were given. */
    position: integer("position").notNull(),
    /** vCenter's device key, unique within the VM; null until the VM exists there. */
    deviceKey: integer("device_key"),
    datastore: text("datastore"),
  },
  (table) => [
    // Serves "disks of these VMs in order" as well as keeping positions distinct per VM.
    uniqueIndex("vm_disks_vm_id_position_unique").on(table.vmId, table.position),
    check("vm_disks_capacity_gb_positive", sql`${table.capacityGb} > 0`),
    check("vm_disks_position_non_negative", sql`${table.position} >= 0`),
  ],
);

/** A network adapter of a VM: the port group it is on, its MAC, and how it gets its address. */
export const vmNics = pgTable(
  "vm_nics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vmId: uuid("vm_id")
      .notNull()
      .references(() => vms.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    deviceKey: integer("device_key"),
    /** The port group as vCenter names it. */
    portGroup: text("port_group"),
    /** The platform's network on that port group, when there is one. */
    networkId: uuid("network_id").references(() => networks.id, { onDelete: "set null" }),
    macAddress: text("mac_address"),
    ipMode: ipMode("ip_mode").notNull().default("dhcp"),
    /** The static address handed out, or what the guest reports for DHCP. */
    ipAddress: inet("ip_address"),
  },
  (table) => [
    uniqueIndex("vm_nics_vm_id_position_unique").on(table.vmId, table.position),
    index("vm_nics_network_id").on(table.networkId),
  ],
);

/**
 * Which vCenter VM folder holds each organisation's VMs (`vm/dcx/<folder>`), by the folder's
 * managed object id so that renaming it in vCenter changes nothing.
 */
export const organizationFolders = pgTable("organization_folders", {
  organizationId: uuid("organization_id").primaryKey(),
  folderId: text("folder_id").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type VmRow = typeof vms.$inferSelect;
export type VmDiskRow = typeof vmDisks.$inferSelect;
export type VmNicRow = typeof vmNics.$inferSelect;
