import type { SignedIn, TestPlatform } from "../platform";
import type { Victim } from "./fixtures";
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

/** The victim's network layout; probes try to change it. */
export const VICTIM_NETWORK = {
  cidr: "10.77.0.0/24",
  gateway: "10.77.0.1",
  dhcpRange: { first: "10.77.0.100", last: "10.77.0.199" },
  staticRange: { first: "10.77.0.10", last: "10.77.0.99" },
};
/**
 * The victim's second network, holding no address, so that deleting it would succeed: a network
 * holding one is refused to everybody, which would hide a delete let through. Clear of the
 * createNetwork probe's 10.78.0.0/24, whose attempts an overlap would refuse as well.
 */
const SPARE_NETWORK = {
  name: "victim-spare",
  cidr: "10.76.0.0/24",
  gateway: "10.76.0.1",
  dhcpRange: { first: "10.76.0.100", last: "10.76.0.199" },
  staticRange: { first: "10.76.0.10", last: "10.76.0.99" },
};

/** Makes one of the victim's networks as its owner; answers its id and port group. */
export async function createVictimNetwork(
  platform: TestPlatform,
  organizationId: string,
  ownerSession: SignedIn,
  which: "lan" | "spare",
): Promise<{ id: string; portGroup: string }> {
  const input = which === "lan" ? { name: "victim-lan", ...VICTIM_NETWORK } : SPARE_NETWORK;
  const made = await platform.query<{ createNetwork: { id: string; portGroup: string } }>(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id portGroup } }`,
    { input: { organizationId, ...input } },
    ownerSession,
  );
  if (!made.data) throw new Error(`victim network ${input.name}: ${JSON.stringify(made.errors)}`);
  return made.data.createNetwork;
}

/** Everything a network write could change, as provider staff reads it. */
export async function victimNetworkState(platform: TestPlatform, organizationId: string): Promise<string> {
  const answer = await platform.query(
    `query($id: ID!) { organization(id: $id) { networks { id name cidr gateway portGroup
      dhcpRange { first last } staticRange { first last } allocations { address holder } } } }`,
    { id: organizationId },
    await platform.provider(),
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return JSON.stringify(answer.data);
}

/** The victim's networks are exactly as they were made: none added, changed or deleted. */
const victimNetworksIntact = async (platform: TestPlatform, victim: Victim) =>
  (await victimNetworkState(platform, victim.organizationId)) === victim.networkState;

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
    unchanged: victimNetworksIntact,
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
    unchanged: victimNetworksIntact,
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
  // Last of the network probes: its control deletes the spare network, which nothing after needs.
  {
    field: "Mutation.deleteNetwork",
    operation: `mutation($id: ID!) { deleteNetwork(id: $id) }`,
    variables: (v) => ({ id: v.spareNetworkId }),
    unchanged: victimNetworksIntact,
    control: { by: "victim" },
  },
];
