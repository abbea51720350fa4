import { hash32 } from "../inventory/identity";
import type { InventoryState, VmRecord } from "./inventory.types";

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/**
 * The address the port group's DHCP server leases to a MAC: stable for a MAC, inside the subnet,
 * never the network, gateway (first host) or broadcast address.
 */
export function dhcpLease(subnet: string, macAddress: string): string {
  const [base, prefix] = subnet.split("/");
  const size = 2 ** (32 - Number(prefix));
  const network = ipv4ToNumber(base!) - (ipv4ToNumber(base!) % size);
  const usable = size - 3;
  return numberToIpv4(network + 2 + (hash32("lease", macAddress) % usable));
}

/** What the guest reports once VMware Tools run: each NIC's static or leased address. */
export function bringUpGuestNetwork(state: InventoryState, vm: VmRecord): void {
  for (const nic of vm.nics) {
    const network = state.networks[nic.network];
    nic.ipAddress = nic.staticIp ?? (network?.subnet ? dhcpLease(network.subnet, nic.macAddress) : null);
  }
}

export function takeDownGuestNetwork(vm: VmRecord): void {
  for (const nic of vm.nics) nic.ipAddress = null;
}
