import type { TestPlatform } from "../platform";
import { type Victim, VICTIM_NETWORK } from "./fixtures";
import type { Probe } from "./probes";
import { NETWORK } from "./selections";

export const NETWORK_READ_PROBES: Probe[] = [
  {
    field: "Query.network",
    operation: `query($id: ID!) { network(id: $id) { ${NETWORK} } }`,
    variables: (v) => ({ id: v.networkId }),
    seenBy: "provider",
  },
];

const victimNetworks = async (platform: TestPlatform, victim: Victim) =>
  platform
    .query<{
      organization: { networks: { id: string; dhcpRange: { first: string; last: string }; allocations: unknown[] }[] };
    }>(
      `query($id: ID!) { organization(id: $id) { networks { id dhcpRange { first last } allocations { address } } } }`,
      { id: victim.organizationId },
      await platform.provider(),
    )
    .then((result) => result.data!.organization.networks);
/** The victim has exactly its one network, as it was made, with its one allocation. */
const victimNetworkIntact = async (platform: TestPlatform, victim: Victim) => {
  const networks = await victimNetworks(platform, victim);
  return (
    networks.length === 1 &&
    networks[0]!.id === victim.networkId &&
    networks[0]!.dhcpRange.first === VICTIM_NETWORK.dhcpRange.first &&
    networks[0]!.dhcpRange.last === VICTIM_NETWORK.dhcpRange.last &&
    networks[0]!.allocations.length === 1
  );
};

/** An organisation's networks are managed by its owners and admins (and its reseller's, and the provider's). */
export const NETWORK_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.createNetwork",
    operation: `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK} } }`,
    variables: (v, tag) => ({
      input: {
        organizationId: v.organizationId,
        name: `intruder ${tag}`,
        cidr: "10.78.0.0/24",
        gateway: "10.78.0.1",
        dhcpRange: { first: "10.78.0.100", last: "10.78.0.199" },
        staticRange: { first: "10.78.0.10", last: "10.78.0.99" },
      },
    }),
    unchanged: (platform, v) => victimNetworkIntact(platform, v),
    control: {
      by: "victim",
      restore: async (platform, v, answer) => {
        const made = (answer.data as { createNetwork: { id: string } }).createNetwork;
        await platform.query(`mutation($id: ID!) { deleteNetwork(id: $id) }`, { id: made.id }, v.ownerSession);
      },
    },
  },
  {
    field: "Mutation.updateNetworkRanges",
    operation: `mutation($id: ID!) { updateNetworkRanges(id: $id, dhcpRange: { first: "10.77.0.2", last: "10.77.0.9" }, staticRange: { first: "10.77.0.10", last: "10.77.0.254" }) { ${NETWORK} } }`,
    variables: (v) => ({ id: v.networkId }),
    unchanged: (platform, v) => victimNetworkIntact(platform, v),
    control: {
      by: "victim",
      restore: async (platform, v) => {
        const { dhcpRange, staticRange } = VICTIM_NETWORK;
        await platform.query(
          `mutation($id: ID!, $dhcp: IpRangeInput!, $static: IpRangeInput!) { updateNetworkRanges(id: $id, dhcpRange: $dhcp, staticRange: $static) { id } }`,
          { id: v.networkId, dhcp: dhcpRange, static: staticRange },
          v.ownerSession,
        );
      },
    },
  },
  {
    field: "Mutation.deleteNetwork",
    operation: `mutation($id: ID!) { deleteNetwork(id: $id) }`,
    variables: (v) => ({ id: v.networkId }),
    unchanged: (platform, v) => victimNetworkIntact(platform, v),
  },
];
