import { badUserInput } from "@dcx/kit";

/**
 * IPv4 addresses as unsigned 32-bit numbers, parsed strictly: four decimal parts 0–255 without
 * leading zeros (so "010.0.0.1" cannot mean octal 8 to one tool and ten to another). Anything
 * with a colon is IPv6, refused with its own message because it is a feature, not a typo.
 */
const PART = /^(0|[1-9]\d{0,2})$/;

export const IPV6_UNSUPPORTED = "IPv6 is not supported yet";

export function parseIpv4(value: unknown, field: string, label: string): number {
  if (typeof value !== "string") throw badUserInput(`${label} must be text`, field);
  const text = value.trim();
  if (text.includes(":")) throw badUserInput(`${IPV6_UNSUPPORTED}: ${label} must be an IPv4 address`, field);
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => PART.test(part) && Number(part) <= 255)) {
    throw badUserInput(`${label} ${JSON.stringify(text)} is not an IPv4 address such as 10.0.0.1`, field);
  }
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/** A subnet: its network address, prefix length and broadcast address. */
export interface Subnet {
  network: number;
  prefix: number;
  broadcast: number;
}

/** Prefixes the platform accepts: /8 is the largest subnet, /29 the smallest that holds two ranges. */
export const PREFIX_LIMITS = { min: 8, max: 29 } as const;

export function parseCidr(value: unknown, field = "cidr"): Subnet {
  if (typeof value !== "string") throw badUserInput("The subnet must be text such as 10.0.0.0/24", field);
  const text = value.trim();
  if (text.includes(":")) throw badUserInput(`${IPV6_UNSUPPORTED}: the subnet must be IPv4`, field);
  const [address, prefixText, ...rest] = text.split("/");
  if (prefixText === undefined || rest.length || !/^\d{1,2}$/.test(prefixText)) {
    throw badUserInput(`Subnet ${JSON.stringify(text)} must be in CIDR form such as 10.0.0.0/24`, field);
  }
  const network = parseIpv4(address, field, "The subnet's address");
  const prefix = Number(prefixText);
  if (prefix > 32) throw badUserInput(`Subnet prefix /${prefix} is not an IPv4 prefix (0–32)`, field);
  if (prefix < PREFIX_LIMITS.min || prefix > PREFIX_LIMITS.max) {
    throw badUserInput(
      `Subnet prefix must be /${PREFIX_LIMITS.min}–/${PREFIX_LIMITS.max}: /${prefix} is ${prefix < PREFIX_LIMITS.min ? "too large" : "too small for a gateway, a DHCP range and a static range"}`,
      field,
    );
  }
  const size = 2 ** (32 - prefix);
  if (network % size !== 0) {
    const suggestion = `${formatIpv4(network - (network % size))}/${prefix}`;
    throw badUserInput(`Subnet ${text} has host bits set; did you mean ${suggestion}?`, field);
  }
  return { network, prefix, broadcast: network + size - 1 };
}

export const formatCidr = (subnet: Subnet): string => `${formatIpv4(subnet.network)}/${subnet.prefix}`;

/** An inclusive range of addresses, first ≤ last. */
export interface AddressRange {
  first: number;
  last: number;
}

export const rangeSize = (range: AddressRange): number => range.last - range.first + 1;
export const inRange = (address: number, range: AddressRange): boolean =>
  address >= range.first && address <= range.last;
export const rangesOverlap = (a: AddressRange, b: AddressRange): boolean => a.first <= b.last && b.first <= a.last;
