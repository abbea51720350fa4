/**
 * IPv4 addresses as unsigned 32-bit numbers, for drawing a network's layout while it is typed.
 * Parsing is as strict as the vms subgraph's (four parts 0–255, no leading zeros), so what the
 * page draws is what the server would read; the server still judges every rule.
 */

const PART = /^(0|[1-9]\d{0,2})$/;

/** The platform's prefixes: /8 is the largest subnet, /29 the smallest that holds two ranges. */
export const PREFIX_LIMITS = { min: 8, max: 29 } as const;

/** "10.0.0.1" → 167772161; null for anything that is not a strict dotted IPv4 address. */
export function parseIpv4(text: string): number | null {
  const parts = text.trim().split(".");
  if (parts.length !== 4 || !parts.every((part) => PART.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** 167772161 → "10.0.0.1". */
export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/** A subnet: its network and broadcast addresses and how many addresses it spans. */
export interface Subnet {
  network: number;
  prefix: number;
  broadcast: number;
  size: number;
}

/** A subnet in CIDR form, or why it cannot be one (worded for the field's hint). */
export function parseCidr(text: string): { subnet: Subnet } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.includes(":")) return { problem: "IPv6 is not supported yet" };
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(trimmed);
  const network = match ? parseIpv4(match[1]!) : null;
  if (!match || network === null) return { problem: "Enter a subnet such as 10.20.0.0/24" };
  const prefix = Number(match[2]);
  if (prefix < PREFIX_LIMITS.min || prefix > PREFIX_LIMITS.max) {
    return { problem: `The prefix must be /${PREFIX_LIMITS.min} to /${PREFIX_LIMITS.max}` };
  }
  const size = 2 ** (32 - prefix);
  if (network % size !== 0) {
    return { problem: `Host bits are set: did you mean ${formatIpv4(network - (network % size))}/${prefix}?` };
  }
  return { subnet: { network, prefix, broadcast: network + size - 1, size } };
}

export const formatCidr = (subnet: Subnet): string => `${formatIpv4(subnet.network)}/${subnet.prefix}`;

/** An inclusive range of addresses. */
export interface AddressRange {
  first: number;
  last: number;
}

export const rangeSize = (range: AddressRange): number => range.last - range.first + 1;

export const rangesOverlap = (a: AddressRange, b: AddressRange): boolean => a.first <= b.last && b.first <= a.last;

/** A host address of the subnet: neither its network nor its broadcast address. */
export const isUsable = (subnet: Subnet, address: number): boolean =>
  address > subnet.network && address < subnet.broadcast;

/** Where a range sits on a bar of the whole subnet, as fractions of its width (0–1). */
export function positionOnBar(subnet: Subnet, range: AddressRange): { x: number; width: number } {
  const first = Math.max(range.first, subnet.network);
  const last = Math.min(range.last, subnet.broadcast);
  if (first > last) return { x: 0, width: 0 };
  return { x: (first - subnet.network) / subnet.size, width: (last - first + 1) / subnet.size };
}

/**
 * A starting layout for a subnet: the first usable address as gateway, then the rest of the
 * usable addresses split in two, the lower half leased by DHCP and the upper half static.
 */
export function suggestLayout(subnet: Subnet): { gateway: number; dhcp: AddressRange; static: AddressRange } {
  const gateway = subnet.network + 1;
  const remaining = subnet.broadcast - 1 - gateway;
  const dhcpCount = Math.floor(remaining / 2);
  return {
    gateway,
    dhcp: { first: gateway + 1, last: gateway + dhcpCount },
    static: { first: gateway + dhcpCount + 1, last: subnet.broadcast - 1 },
  };
}
