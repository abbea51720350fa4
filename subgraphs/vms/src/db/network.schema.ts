import { sql } from "drizzle-orm";
import { check, cidr, index, inet, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * An organisation's IPv4 network (a vSphere port group): a subnet, its gateway, and a split of
 * the usable addresses into a DHCP range and a static range. The service checks every rule
 * first; the constraints below keep the rows sound even if it did not.
 */
export const networks = pgTable(
  "networks",
  {
    id: uuid("id").primaryKey(),
    // Owned by the tenancy database: no foreign key can cross databases.
    organizationId: uuid("organization_id").notNull(),
    name: text("name").notNull(),
    cidr: cidr("cidr").notNull(),
    gateway: inet("gateway").notNull(),
    dhcpFirst: inet("dhcp_first").notNull(),
    dhcpLast: inet("dhcp_last").notNull(),
    staticFirst: inet("static_first").notNull(),
    staticLast: inet("static_last").notNull(),
    /** The vSphere port group the driver attaches NICs to. */
    portGroup: text("port_group").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Leading with organization_id, it also serves "networks of these organisations" by name.
    uniqueIndex("networks_organization_id_name_unique").on(table.organizationId, sql`lower(${table.name})`),
    uniqueIndex("networks_port_group_unique").on(table.portGroup),
    check("networks_ipv4_prefix", sql`family(${table.cidr}) = 4 and masklen(${table.cidr}) between 8 and 29`),
    // `<<` is "strictly inside the subnet"; host(...) of network/broadcast is excluded by the service.
    check("networks_gateway_inside", sql`${table.gateway} << ${table.cidr}`),
    check(
      "networks_ranges_inside",
      sql`${table.dhcpFirst} << ${table.cidr} and ${table.dhcpLast} << ${table.cidr}
        and ${table.staticFirst} << ${table.cidr} and ${table.staticLast} << ${table.cidr}`,
    ),
    check(
      "networks_ranges_ordered",
      sql`${table.dhcpFirst} <= ${table.dhcpLast} and ${table.staticFirst} <= ${table.staticLast}`,
    ),
    check(
      "networks_ranges_apart",
      sql`${table.dhcpLast} < ${table.staticFirst} or ${table.staticLast} < ${table.dhcpFirst}`,
    ),
    check(
      "networks_gateway_outside_ranges",
      sql`not (${table.gateway} between ${table.dhcpFirst} and ${table.dhcpLast})
        and not (${table.gateway} between ${table.staticFirst} and ${table.staticLast})`,
    ),
  ],
);

/** A static address handed to a holder (a VM's NIC); unique per network. */
export const ipAllocations = pgTable(
  "ip_allocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Restrict: a network with addresses in use cannot disappear under them.
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "restrict" }),
    address: inet("address").notNull(),
    /** What the address is for, e.g. a VM's NIC; set by the provisioning code. */
    holder: text("holder").notNull(),
    allocatedAt: timestamp("allocated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // The last word on "one holder per address", whatever the service's lock did.
    uniqueIndex("ip_allocations_network_id_address_unique").on(table.networkId, table.address),
    index("ip_allocations_holder").on(table.holder),
    check("ip_allocations_ipv4_host", sql`family(${table.address}) = 4 and masklen(${table.address}) = 32`),
  ],
);

export type NetworkRow = typeof networks.$inferSelect;
export type IpAllocationRow = typeof ipAllocations.$inferSelect;
