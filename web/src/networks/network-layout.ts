import {
  type AddressRange,
  formatCidr,
  formatIpv4,
  isUsable,
  parseCidr,
  parseIpv4,
  positionOnBar,
  rangesOverlap,
  rangeSize,
  type Subnet,
} from "./ipv4";

/** A network's addresses as typed: the subnet, the gateway and both ranges' ends. */
export interface LayoutText {
  cidr: string;
  gateway: string;
  dhcpFirst: string;
  dhcpLast: string;
  staticFirst: string;
  staticLast: string;
}

export type PartKind = "gateway" | "dhcp" | "static";

/** One coloured part of the bar and its line in the legend. */
export interface LayoutPart {
  kind: PartKind;
  /** What the legend says, e.g. "DHCP 10.0.0.10 – 10.0.0.99 (90 addresses)". */
  text: string;
  /** What is wrong with it as typed, for the legend; the server remains the judge. */
  problem: string | null;
  /** Where it is drawn (fractions of the bar's width); null when it cannot be placed. */
  position: { x: number; width: number } | null;
}

export interface NetworkLayout {
  subnet: Subnet | null;
  /** The subnet's line in the legend, or why there is no bar yet. */
  subnetText: string;
  parts: LayoutPart[];
}

const LABELS: Record<PartKind, string> = { gateway: "Gateway", dhcp: "DHCP range", static: "Static range" };

export const addressCount = (count: number) => `${count.toLocaleString("en-ZA")} address${count === 1 ? "" : "es"}`;

/** A range as typed, checked against the subnet: parsed, inside it and in order. */
function readRange(
  firstText: string,
  lastText: string,
  subnet: Subnet | null,
): { range: AddressRange | null; problem: string | null } {
  if (!firstText.trim() || !lastText.trim()) return { range: null, problem: "Not set yet" };
  const first = parseIpv4(firstText);
  const last = parseIpv4(lastText);
  if (first === null || last === null) {
    return { range: null, problem: `${first === null ? "The first" : "The last"} address is not an IPv4 address` };
  }
  if (first > last) return { range: null, problem: `${formatIpv4(first)} comes after ${formatIpv4(last)}` };
  if (subnet && (!isUsable(subnet, first) || !isUsable(subnet, last))) {
    return { range: null, problem: `Not within the usable addresses of ${formatCidr(subnet)}` };
  }
  return { range: { first, last }, problem: null };
}

function readGateway(text: string, subnet: Subnet | null): { address: number | null; problem: string | null } {
  if (!text.trim()) return { address: null, problem: "Not set yet" };
  const address = parseIpv4(text);
  if (address === null) return { address: null, problem: "Not an IPv4 address" };
  if (subnet && !isUsable(subnet, address)) {
    return { address: null, problem: `Not a usable address of ${formatCidr(subnet)}` };
  }
  return { address, problem: null };
}

const rangeText = (kind: PartKind, range: AddressRange | null, firstText: string, lastText: string) =>
  range
    ? `${LABELS[kind]} ${formatIpv4(range.first)} – ${formatIpv4(range.last)} (${addressCount(rangeSize(range))})`
    : `${LABELS[kind]} ${firstText.trim() || "…"} – ${lastText.trim() || "…"}`;

/**
 * The bar and legend of a network as typed: each part placed on the subnet when it can be, with
 * what is wrong with it. Drawn live, so the person sees a range fall outside the subnet, swallow
 * the gateway or overlap the other range before anything is sent.
 */
export function describeLayout(text: LayoutText): NetworkLayout {
  const parsed = text.cidr.trim() ? parseCidr(text.cidr) : { problem: "Enter the subnet to see its addresses" };
  const subnet = "subnet" in parsed ? parsed.subnet : null;
  const subnetText = subnet
    ? `Subnet ${formatCidr(subnet)}: ${addressCount(subnet.size)}, ${formatIpv4(subnet.network + 1)} – ${formatIpv4(subnet.broadcast - 1)} usable`
    : "problem" in parsed
      ? parsed.problem
      : "";
  const gateway = readGateway(text.gateway, subnet);
  const dhcp = readRange(text.dhcpFirst, text.dhcpLast, subnet);
  const statics = readRange(text.staticFirst, text.staticLast, subnet);

  const containsGateway = (range: AddressRange | null) =>
    range !== null && gateway.address !== null && gateway.address >= range.first && gateway.address <= range.last;
  const dhcpProblem = dhcp.problem ?? (containsGateway(dhcp.range) ? "Contains the gateway" : null);
  const staticProblem =
    statics.problem ??
    (containsGateway(statics.range)
      ? "Contains the gateway"
      : dhcp.range && statics.range && rangesOverlap(dhcp.range, statics.range)
        ? "Overlaps the DHCP range"
        : null);
  const place = (range: AddressRange | null) => (subnet && range ? positionOnBar(subnet, range) : null);

  return {
    subnet,
    subnetText,
    parts: [
      {
        kind: "gateway",
        text: `Gateway ${gateway.address !== null ? formatIpv4(gateway.address) : text.gateway.trim() || "…"}`,
        problem: gateway.problem,
        position: gateway.address !== null ? place({ first: gateway.address, last: gateway.address }) : null,
      },
      {
        kind: "dhcp",
        text: rangeText("dhcp", dhcp.range, text.dhcpFirst, text.dhcpLast),
        problem: dhcpProblem,
        position: place(dhcp.range),
      },
      {
        kind: "static",
        text: rangeText("static", statics.range, text.staticFirst, text.staticLast),
        problem: staticProblem,
        position: place(statics.range),
      },
    ],
  };
}

/** Where allocated addresses sit on the bar (fractions of its width); unparsable ones are left out. */
export function allocationMarks(subnet: Subnet, addresses: readonly string[]): number[] {
  return addresses
    .map(parseIpv4)
    .filter(
      (address): address is number => address !== null && address >= subnet.network && address <= subnet.broadcast,
    )
    .map((address) => (address - subnet.network) / subnet.size);
}
