import { sql } from "drizzle-orm";
import { ipAllocations, networks } from "./network.schema";
import { check, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const powerState = pgEnum("power_state", ["powered_on", "powered_off", "suspended"]);
export const storageTier = pgEnum("storage_tier", ["performance", "standard", "archive"]);

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // "web-01" and "WEB-01" are one VM within an organisation; other organisations may reuse it.
    // Leading with organization_id, it is also the index for "VMs of these organisations" and
    // their by-name order, so a separate organization_id index would only slow writes.
    uniqueIndex("vms_organization_id_name_unique").on(table.organizationId, sql`lower(${table.name})`),
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
  },
  (table) => [
    // Serves "disks of these VMs in order" as well as keeping positions distinct per VM.
    uniqueIndex("vm_disks_vm_id_position_unique").on(table.vmId, table.position),
    check("vm_disks_capacity_gb_positive", sql`${table.capacityGb} > 0`),
    check("vm_disks_position_non_negative", sql`${table.position} >= 0`),
  ],
);

export type VmRow = typeof vms.$inferSelect;
export type VmDiskRow = typeof vmDisks.$inferSelect;

export * from "./network.schema";

export const vmsTables = { vms, vmDisks, powerState, storageTier, networks, ipAllocations };
