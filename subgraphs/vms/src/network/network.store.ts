import { manyByKey, oneByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { type IpAllocationRow, ipAllocations, type NetworkRow, networks } from "../db/network.schema";
import type { VmsDb } from "../vm/vm.store";
import { formatCidr, formatIpv4, type AddressRange, parseIpv4, rangeSize } from "./ipv4";
import type { NetworkLayout } from "./network.rules";
import type { IpAllocation, IpRange, Network } from "./network.type";

const toAddress = (text: string): number => parseIpv4(text, "address", "Stored address");
const toRange = (first: string, last: string): IpRange => ({
  first,
  last,
  size: rangeSize({ first: toAddress(first), last: toAddress(last) }),
});

export const toNetwork = (row: NetworkRow): Network => ({
  id: row.id,
  organizationId: row.organizationId,
  name: row.name,
  cidr: row.cidr,
  gateway: row.gateway,
  dhcpRange: toRange(row.dhcpFirst, row.dhcpLast),
  staticRange: toRange(row.staticFirst, row.staticLast),
  portGroup: row.portGroup,
  createdAt: row.createdAt,
});

const toAllocation = (row: IpAllocationRow): IpAllocation => ({
  networkId: row.networkId,
  address: row.address,
  holder: row.holder,
  allocatedAt: row.allocatedAt,
});

/** The static range of a stored network, as numbers. */
export const staticRangeOf = (network: Network): AddressRange => ({
  first: toAddress(network.staticRange.first),
  last: toAddress(network.staticRange.last),
});

const byName = [asc(sql`lower(${networks.name})`), asc(networks.name)];

/** Networks by id; one of an organisation outside `visible` is not read and answers null. */
export async function findNetworksByIds(db: VmsDb, ids: readonly string[], visible: Visibility) {
  const wanted = validUuids(ids);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(networks)
          .where(and(inArray(networks.id, wanted), visibleIn(networks.organizationId, visible)))
      : [];
  return oneByKey(ids, rows.map(toNetwork), (network) => network.id);
}

/** The networks of each organisation by name; an organisation outside `visible` has none. */
export async function findNetworksByOrganizationIds(
  db: VmsDb,
  organizationIds: readonly string[],
  visible: Visibility,
) {
  const wanted = validUuids(organizationIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(networks)
          .where(and(inArray(networks.organizationId, wanted), visibleIn(networks.organizationId, visible)))
          .orderBy(...byName)
      : [];
  return manyByKey(organizationIds, rows.map(toNetwork), (network) => network.organizationId);
}

/** Restricts a query on allocations to networks of visible organisations (a sub-select, same query). */
const visibleNetworks = (db: VmsDb, visible: Visibility) => {
  const scope = visibleIn(networks.organizationId, visible);
  return scope && inArray(ipAllocations.networkId, db.select({ id: networks.id }).from(networks).where(scope));
};

/** The allocations of each network, by address. */
export async function findAllocationsByNetworkIds(db: VmsDb, networkIds: readonly string[], visible: Visibility) {
  const wanted = validUuids(networkIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(ipAllocations)
          .where(and(inArray(ipAllocations.networkId, wanted), visibleNetworks(db, visible)))
          .orderBy(asc(ipAllocations.address))
      : [];
  return manyByKey(networkIds, rows.map(toAllocation), (allocation) => allocation.networkId);
}

/** How many addresses each network has handed out. */
export async function countAllocationsByNetworkIds(db: VmsDb, networkIds: readonly string[], visible: Visibility) {
  const wanted = validUuids(networkIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select({ networkId: ipAllocations.networkId, allocated: count() })
          .from(ipAllocations)
          .where(and(inArray(ipAllocations.networkId, wanted), visibleNetworks(db, visible)))
          .groupBy(ipAllocations.networkId)
      : [];
  return oneByKey(networkIds, rows, (row) => row.networkId).map((row) => Number(row?.allocated ?? 0));
}

/**
 * Serialises network changes of one organisation until the transaction ends, so that two
 * overlapping networks cannot both pass the overlap check (PostgreSQL cannot express "no
 * overlap per organisation" as a constraint without the btree_gist extension).
 */
export async function lockOrganizationNetworks(tx: VmsDb, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`networks:${organizationId}`}, 0))`);
}

/** A network of the organisation whose subnet shares an address with `cidr`, if any. */
export async function findOverlappingNetwork(tx: VmsDb, organizationId: string, cidr: string): Promise<Network | null> {
  const rows = await tx
    .select()
    .from(networks)
    .where(and(eq(networks.organizationId, organizationId), sql`${networks.cidr} && ${cidr}::cidr`))
    .limit(1);
  return rows[0] ? toNetwork(rows[0]) : null;
}

export async function findNetworkByName(tx: VmsDb, organizationId: string, name: string): Promise<Network | null> {
  const rows = await tx
    .select()
    .from(networks)
    .where(and(eq(networks.organizationId, organizationId), sql`lower(${networks.name}) = lower(${name})`));
  return rows[0] ? toNetwork(rows[0]) : null;
}

const rangeColumns = (layout: Pick<NetworkLayout, "dhcp" | "static">) => ({
  dhcpFirst: formatIpv4(layout.dhcp.first),
  dhcpLast: formatIpv4(layout.dhcp.last),
  staticFirst: formatIpv4(layout.static.first),
  staticLast: formatIpv4(layout.static.last),
});

export async function insertNetwork(
  tx: VmsDb,
  network: { id: string; organizationId: string; name: string; portGroup: string; layout: NetworkLayout },
): Promise<Network> {
  const { layout, ...rest } = network;
  const [row] = await tx
    .insert(networks)
    .values({ ...rest, cidr: formatCidr(layout.subnet), gateway: formatIpv4(layout.gateway), ...rangeColumns(layout) })
    .returning();
  return toNetwork(row!);
}

/** Reads a network and holds its row until the transaction ends: allocations and range changes queue behind it. */
export async function lockNetwork(tx: VmsDb, id: string): Promise<Network | null> {
  const rows = await tx.select().from(networks).where(eq(networks.id, id)).for("update");
  return rows[0] ? toNetwork(rows[0]) : null;
}

export async function updateRanges(tx: VmsDb, id: string, layout: Pick<NetworkLayout, "dhcp" | "static">) {
  const [row] = await tx.update(networks).set(rangeColumns(layout)).where(eq(networks.id, id)).returning();
  return toNetwork(row!);
}

export async function deleteNetworkRow(tx: VmsDb, id: string): Promise<void> {
  await tx.delete(networks).where(eq(networks.id, id));
}
