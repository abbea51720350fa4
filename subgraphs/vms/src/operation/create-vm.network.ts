import { badUserInput, conflict, DomainError } from "@dcx/kit";
import type { VmsContext } from "../context";
import { allocateStaticIp } from "../network/allocation.service";
import { formatIpv4, inRange, parseIpv4 } from "../network/ipv4";
import { staticRangeOf } from "../network/network.store";
import type { VmsDb } from "../vm/vm.store";
import type { CreateVmRequest } from "./create-vm.rules";
import { IpMode } from "./operation.input";

export interface PlannedNic {
  networkId: string;
  portGroup: string;
  ipMode: IpMode;
  /** The address asked for; null for DHCP and for "the lowest free one". */
  ipAddress: string | null;
}

/**
 * The new VM's NIC: a network of the VM's own organisation (one the caller cannot see, or of
 * another organisation, is named as not existing), and for STATIC an address of its static range
 * that is free now. The allocation itself happens in the create's transaction, where a race loses
 * with CONFLICT.
 */
export async function planNic(ctx: VmsContext, request: CreateVmRequest): Promise<PlannedNic | null> {
  const asked = request.network;
  if (!asked) return null;
  const network = await ctx.loaders.networkById.load(asked.networkId);
  if (!network || network.organizationId !== request.organizationId) {
    throw badUserInput(`Network ${asked.networkId} does not exist in this organisation`, "network.networkId");
  }
  const nic = { networkId: network.id, portGroup: network.portGroup, ipMode: asked.ipMode, ipAddress: asked.ipAddress };
  if (asked.ipMode !== IpMode.STATIC) return nic;
  const range = staticRangeOf(network);
  const taken = (await ctx.loaders.allocationsByNetworkId.load(network.id)).map((allocation) =>
    parseIpv4(allocation.address, "address", "Stored address"),
  );
  if (asked.ipAddress === null) {
    if (taken.filter((address) => inRange(address, range)).length >= range.last - range.first + 1) {
      throw conflict(`Network "${network.name}" has no free address in its static range`);
    }
    return nic;
  }
  const address = parseIpv4(asked.ipAddress, "network.ipAddress", "The IP address");
  if (!inRange(address, range)) {
    throw badUserInput(
      `${asked.ipAddress} is outside the static range ${network.staticRange.first}–${network.staticRange.last} of "${network.name}"`,
      "network.ipAddress",
    );
  }
  if (taken.includes(address)) throw conflict(`${formatIpv4(address)} is already allocated`);
  return { ...nic, ipAddress: formatIpv4(address) };
}

/** Allocates a STATIC NIC's address inside the create's transaction; answers the address the NIC gets. */
export async function allocateNicAddress(
  tx: VmsDb,
  nic: PlannedNic,
  vmId: string,
  position: number,
): Promise<string | null> {
  if (nic.ipMode !== IpMode.STATIC) return null;
  try {
    const allocation = await allocateStaticIp(tx, {
      networkId: nic.networkId,
      requestedIp: nic.ipAddress,
      holder: `vm:${vmId}/nic:${position}`,
    });
    return allocation.address;
  } catch (error) {
    // The allocator names its own input; the caller named network.ipAddress.
    if (error instanceof DomainError && error.extensions.field === "requestedIp") {
      throw badUserInput(error.message, "network.ipAddress");
    }
    throw error;
  }
}
