import { badUserInput, cleanText, conflict, isUniqueViolation, isUuid, notFound } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import { allocatedAddresses, deleteAllocation, deleteAllocationsOf, insertAllocation } from "./allocation.store";
import { type AddressRange, formatIpv4, inRange, parseIpv4 } from "./ipv4";
import { NETWORK_LIMITS } from "./network.rules";
import { lockNetwork, staticRangeOf } from "./network.store";
import type { IpAllocation } from "./network.type";

export interface AllocateStaticIpInput {
  networkId: string;
  /** A specific address of the static range; without it the lowest free one. */
  requestedIp?: string | null;
  /** What the address is for, e.g. `vm:<id>/nic:0`. */
  holder: string;
}

const requireNetworkId = (value: unknown): string => {
  if (!isUuid(value)) throw badUserInput(`Network id ${JSON.stringify(value)} is not a UUID`, "networkId");
  return value;
};

/** The lowest address of `range` not in `taken` (ascending), or null when the range is full. */
export function lowestFree(range: AddressRange, taken: readonly number[]): number | null {
  let candidate = range.first;
  for (const address of taken) {
    if (address < candidate) continue;
    if (address > candidate) break;
    candidate += 1;
  }
  return candidate <= range.last ? candidate : null;
}

/**
 * Hands out a static address of a network to a holder: the requested one (BAD_USER_INPUT outside
 * the static range, CONFLICT when taken) or the lowest free one (CONFLICT when none is left).
 * The network's row is locked for the transaction, so simultaneous requests queue; the unique
 * index on (network, address) refuses a duplicate even if they did not.
 */
export async function allocateStaticIp(db: VmsDb, input: AllocateStaticIpInput): Promise<IpAllocation> {
  const networkId = requireNetworkId(input.networkId);
  const holder = cleanText(input.holder, {
    field: "holder",
    label: "Holder",
    maxLength: NETWORK_LIMITS.holderMaxLength,
  });
  const requested =
    input.requestedIp === null || input.requestedIp === undefined
      ? null
      : parseIpv4(input.requestedIp, "requestedIp", "The requested IP");
  try {
    return await db.transaction(async (tx) => {
      const network = await lockNetwork(tx, networkId);
      if (!network) throw notFound("Network", networkId);
      const range = staticRangeOf(network);
      const taken = await allocatedAddresses(tx, networkId);
      if (requested !== null) {
        if (!inRange(requested, range)) {
          throw badUserInput(
            `${formatIpv4(requested)} is outside the static range ${network.staticRange.first}–${network.staticRange.last}`,
            "requestedIp",
          );
        }
        if (taken.includes(requested)) throw conflict(`${formatIpv4(requested)} is already allocated`);
        return insertAllocation(tx, networkId, requested, holder);
      }
      const free = lowestFree(range, taken);
      if (free === null) throw conflict(`Network "${network.name}" has no free address in its static range`);
      return insertAllocation(tx, networkId, free, holder);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`${requested === null ? "The address" : formatIpv4(requested)} is already allocated`);
    throw error;
  }
}

/** Frees one address; true when it was allocated. */
export async function releaseStaticIp(db: VmsDb, input: { networkId: string; address: string }): Promise<boolean> {
  const networkId = requireNetworkId(input.networkId);
  return deleteAllocation(db, networkId, parseIpv4(input.address, "address", "The address"));
}

/** Frees every address a holder has (a VM or NIC being deleted); returns how many. */
export function releaseStaticIpsOf(db: VmsDb, holder: string): Promise<number> {
  return deleteAllocationsOf(db, holder);
}
