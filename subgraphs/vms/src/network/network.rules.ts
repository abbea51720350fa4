import { badUserInput, cleanText, isUuid } from "@dcx/kit";
import { type AddressRange, formatIpv4, inRange, parseCidr, parseIpv4, rangesOverlap, type Subnet } from "./ipv4";

export const NETWORK_LIMITS = { nameMaxLength: 80, holderMaxLength: 200 } as const;

export interface RangeInput {
  first: string;
  last: string;
}

export interface CreateNetworkInput {
  organizationId: string;
  name: string;
  cidr: string;
  gateway: string;
  dhcpRange: RangeInput;
  staticRange: RangeInput;
}

/** A network's addresses after every rule has passed. */
export interface NetworkLayout {
  subnet: Subnet;
  gateway: number;
  dhcp: AddressRange;
  static: AddressRange;
}

export function requireOrganizationId(value: unknown): string {
  if (!isUuid(value)) throw badUserInput(`Organisation id ${JSON.stringify(value)} is not a UUID`, "organizationId");
  return value;
}

export const cleanNetworkName = (value: unknown): string =>
  cleanText(value, { field: "name", label: "Network name", maxLength: NETWORK_LIMITS.nameMaxLength });

/** "10.0.0.1–10.0.0.254": the subnet without its network and broadcast addresses. */
const usableSpan = (subnet: Subnet) => `${formatIpv4(subnet.network + 1)}–${formatIpv4(subnet.broadcast - 1)}`;

/** The gateway: an address of the subnet other than its network and broadcast addresses. */
export function parseGateway(value: unknown, subnet: Subnet): number {
  const gateway = parseIpv4(value, "gateway", "The gateway");
  if (gateway <= subnet.network || gateway >= subnet.broadcast) {
    throw badUserInput(
      `The gateway ${formatIpv4(gateway)} must be a usable address of the subnet (${usableSpan(subnet)})`,
      "gateway",
    );
  }
  return gateway;
}

function parseRange(
  value: RangeInput | null | undefined,
  field: string,
  label: string,
  layout: Omit<NetworkLayout, "dhcp" | "static">,
): AddressRange {
  if (!value || typeof value !== "object") throw badUserInput(`The ${label} is required`, field);
  const first = parseIpv4(value.first, `${field}.first`, `The ${label}'s first address`);
  const last = parseIpv4(value.last, `${field}.last`, `The ${label}'s last address`);
  const { subnet, gateway } = layout;
  for (const [address, end] of [
    [first, "first"],
    [last, "last"],
  ] as const) {
    if (address <= subnet.network || address >= subnet.broadcast) {
      throw badUserInput(
        `The ${label}'s ${end} address ${formatIpv4(address)} is not a usable address of the subnet (${usableSpan(subnet)})`,
        `${field}.${end}`,
      );
    }
  }
  if (first > last) {
    throw badUserInput(`The ${label} is reversed: ${formatIpv4(first)} comes after ${formatIpv4(last)}`, field);
  }
  if (inRange(gateway, { first, last })) {
    throw badUserInput(`The ${label} must not contain the gateway ${formatIpv4(gateway)}`, field);
  }
  return { first, last };
}

/** Checks the ranges against a subnet and gateway: inside, ordered, clear of the gateway and of each other. */
export function validateRanges(
  subnet: Subnet,
  gateway: number,
  dhcpRange: RangeInput | null | undefined,
  staticRange: RangeInput | null | undefined,
): NetworkLayout {
  const dhcp = parseRange(dhcpRange, "dhcpRange", "DHCP range", { subnet, gateway });
  const staticAddresses = parseRange(staticRange, "staticRange", "static range", { subnet, gateway });
  if (rangesOverlap(dhcp, staticAddresses)) {
    throw badUserInput("The DHCP range and the static range overlap; they must not share an address", "staticRange");
  }
  return { subnet, gateway, dhcp, static: staticAddresses };
}

/** Every rule of a new network that needs no database, in the order a form shows its fields. */
export function validateCreateNetworkInput(input: CreateNetworkInput): {
  organizationId: string;
  name: string;
  layout: NetworkLayout;
} {
  const organizationId = requireOrganizationId(input.organizationId);
  const name = cleanNetworkName(input.name);
  const subnet = parseCidr(input.cidr);
  const gateway = parseGateway(input.gateway, subnet);
  return { organizationId, name, layout: validateRanges(subnet, gateway, input.dhcpRange, input.staticRange) };
}

/**
 * The vSphere port group for a network: readable (organisation and network name) and unique
 * (the network's id), within vSphere's 80-character limit for names.
 */
export function portGroupName(organizationId: string, networkId: string, name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "network";
  return `dcx-${organizationId.slice(0, 8)}-${slug}-${networkId.slice(0, 8)}`;
}
