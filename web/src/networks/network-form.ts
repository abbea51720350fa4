import type { CreateNetworkInput, IpRangeInput, UserRole } from "../gql/graphql";
import { formatIpv4, parseCidr, suggestLayout } from "./ipv4";
import type { LayoutText } from "./network-layout";

/** The new-network form as typed. */
export interface NetworkFormText extends LayoutText {
  name: string;
}

export const EMPTY_NETWORK_FORM: NetworkFormText = {
  name: "",
  cidr: "",
  gateway: "",
  dhcpFirst: "",
  dhcpLast: "",
  staticFirst: "",
  staticLast: "",
};

/** Who may create, change and delete networks: owners and admins (of the organisation or above it). */
export const mayChangeNetworks = (role: UserRole) => role === "OWNER" || role === "ADMIN";

const rangeInput = (first: string, last: string): IpRangeInput => ({ first: first.trim(), last: last.trim() });

/** The ranges as `updateNetworkRanges` takes them. */
export function toRangeInputs(text: LayoutText): { dhcpRange: IpRangeInput; staticRange: IpRangeInput } {
  return {
    dhcpRange: rangeInput(text.dhcpFirst, text.dhcpLast),
    staticRange: rangeInput(text.staticFirst, text.staticLast),
  };
}

/** The `createNetwork` input, trimmed; every rule is the server's to apply. */
export function toCreateNetworkInput(organizationId: string, form: NetworkFormText): CreateNetworkInput {
  return {
    organizationId,
    name: form.name.trim(),
    cidr: form.cidr.trim(),
    gateway: form.gateway.trim(),
    ...toRangeInputs(form),
  };
}

/**
 * Fills the gateway and both ranges from the subnet typed (see `suggestLayout`); the form is
 * unchanged while the subnet cannot be read.
 */
export function withSuggestedLayout(form: NetworkFormText): NetworkFormText {
  const parsed = parseCidr(form.cidr);
  if (!("subnet" in parsed)) return form;
  const layout = suggestLayout(parsed.subnet);
  return {
    ...form,
    gateway: formatIpv4(layout.gateway),
    dhcpFirst: formatIpv4(layout.dhcp.first),
    dhcpLast: formatIpv4(layout.dhcp.last),
    staticFirst: formatIpv4(layout.static.first),
    staticLast: formatIpv4(layout.static.last),
  };
}

/** A network as the form shows it, for editing its ranges. */
export function layoutTextOf(network: {
  cidr: string;
  gateway: string;
  dhcpRange: { first: string; last: string };
  staticRange: { first: string; last: string };
}): LayoutText {
  return {
    cidr: network.cidr,
    gateway: network.gateway,
    dhcpFirst: network.dhcpRange.first,
    dhcpLast: network.dhcpRange.last,
    staticFirst: network.staticRange.first,
    staticLast: network.staticRange.last,
  };
}

/** What holds an address: a VM's NIC (`vm:<id>/nic:<position>`, as VM operations allocate), else null. */
export function parseHolder(holder: string): { vmId: string; nicPosition: number } | null {
  const match = /^vm:([0-9a-f-]{36})\/nic:(\d+)$/i.exec(holder.trim());
  return match ? { vmId: match[1]!, nicPosition: Number(match[2]) } : null;
}
