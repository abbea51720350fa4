import { randomUUID } from "node:crypto";
import { conflict, isUniqueViolation, isUuid, notFound } from "@dcx/kit";
import type { Hypervisor } from "../hypervisor";
import type { VmsDb } from "../vm/vm.store";
import { countAllocations, firstAllocationOutside } from "./allocation.store";
import { formatCidr, parseCidr, parseIpv4 } from "./ipv4";
import {
  type CreateNetworkInput,
  portGroupName,
  type RangeInput,
  validateCreateNetworkInput,
  validateRanges,
} from "./network.rules";
import {
  deleteNetworkRow,
  findNetworkByName,
  findOverlappingNetwork,
  insertNetwork,
  lockNetwork,
  lockOrganizationNetworks,
  updateRanges,
} from "./network.store";
import { createPortGroup, deletePortGroup } from "./network.port-group";
import type { Network } from "./network.type";

const nameTaken = (name: string) => conflict(`This organisation already has a network named "${name}"`);

/**
 * Adds a network after every rule: valid layout, a name free in the organisation, and a subnet
 * that overlaps none of the organisation's other networks (checked under a per-organisation
 * lock, so two simultaneous requests cannot both pass). With a hypervisor, its port group is made
 * in vCenter inside the same transaction, after the row: a refusal from vCenter rolls the row
 * back, and a commit that fails afterwards removes the port group again. On any failure nothing
 * is left behind. Without a hypervisor only the row is written (the port group must then exist).
 */
export async function createNetwork(
  db: VmsDb,
  input: CreateNetworkInput,
  hypervisor: Hypervisor | null = null,
): Promise<Network> {
  const { organizationId, name, layout } = validateCreateNetworkInput(input);
  const cidr = formatCidr(layout.subnet);
  const id = randomUUID();
  const portGroup = portGroupName(organizationId, id, name);
  let madePortGroup = false;
  try {
    return await db.transaction(async (tx) => {
      await lockOrganizationNetworks(tx, organizationId);
      if (await findNetworkByName(tx, organizationId, name)) throw nameTaken(name);
      const overlapping = await findOverlappingNetwork(tx, organizationId, cidr);
      if (overlapping) {
        throw conflict(
          `Subnet ${cidr} overlaps network "${overlapping.name}" (${overlapping.cidr}) of this organisation`,
        );
      }
      const network = await insertNetwork(tx, { id, organizationId, name, portGroup, layout });
      if (hypervisor) {
        // The organisation's lock is held meanwhile: only its other network changes wait for vCenter.
        await createPortGroup(hypervisor, portGroup);
        madePortGroup = true;
      }
      return network;
    });
  } catch (error) {
    if (madePortGroup && hypervisor) {
      await hypervisor.deletePortGroup(portGroup).catch(() => undefined);
    }
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

/** The subnet and gateway of a stored network, parsed back into numbers. */
const storedLayout = (network: Network) => ({
  subnet: parseCidr(network.cidr),
  gateway: parseIpv4(network.gateway, "gateway", "Stored gateway"),
});

/**
 * Moves the DHCP/static split of a network. Refused with CONFLICT when an address already
 * handed out would fall outside the new static range; allocations wait for the change.
 */
export async function updateNetworkRanges(
  db: VmsDb,
  id: string,
  dhcpRange: RangeInput,
  staticRange: RangeInput,
): Promise<Network> {
  if (!isUuid(id)) throw notFound("Network", id);
  return db.transaction(async (tx) => {
    const network = await lockNetwork(tx, id);
    if (!network) throw notFound("Network", id);
    const { subnet, gateway } = storedLayout(network);
    const layout = validateRanges(subnet, gateway, dhcpRange, staticRange);
    const stranded = await firstAllocationOutside(tx, id, layout.static.first, layout.static.last);
    if (stranded) {
      throw conflict(
        `${stranded.address} is allocated to ${stranded.holder} and would fall outside the new static range`,
      );
    }
    return updateRanges(tx, id, layout);
  });
}

/**
 * Deletes a network no NIC uses; CONFLICT while any address is allocated. With a hypervisor its
 * port group is removed after the row, in the same transaction: when vCenter refuses (a VM still
 * uses it: CONFLICT) or cannot be reached, the row stays.
 */
export async function deleteNetwork(db: VmsDb, id: string, hypervisor: Hypervisor | null = null): Promise<void> {
  if (!isUuid(id)) throw notFound("Network", id);
  await db.transaction(async (tx) => {
    const network = await lockNetwork(tx, id);
    if (!network) throw notFound("Network", id);
    const allocated = await countAllocations(tx, id);
    if (allocated > 0) {
      throw conflict(
        `Network "${network.name}" still has ${allocated} allocated address${allocated === 1 ? "" : "es"}; release ${allocated === 1 ? "it" : "them"} first`,
      );
    }
    await deleteNetworkRow(tx, id);
    if (hypervisor) await deletePortGroup(hypervisor, network.portGroup);
  });
}
