import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ipAllocations, networks } from "../db/network.schema";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { allocateStaticIp } from "./allocation.service";
import { createNetwork } from "./network.service";
import type { Network } from "./network.type";

const NETWORK = `id name cidr gateway portGroup createdAt organization { id }
  dhcpRange { first last size } staticRange { first last size }
  allocations { address holder allocatedAt } freeStaticAddressCount`;
const CREATE = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK} } }`;
const UPDATE = `mutation($id: ID!, $dhcp: IpRangeInput!, $static: IpRangeInput!) {
  updateNetworkRanges(id: $id, dhcpRange: $dhcp, staticRange: $static) { ${NETWORK} } }`;
const DELETE = `mutation($id: ID!) { deleteNetwork(id: $id) }`;

/** A /24 numbered by `n` (10.n.0.0/24) with the usual layout. */
const layout = (n: number) => ({
  cidr: `10.${n}.0.0/24`,
  gateway: `10.${n}.0.1`,
  dhcpRange: { first: `10.${n}.0.100`, last: `10.${n}.0.199` },
  staticRange: { first: `10.${n}.0.10`, last: `10.${n}.0.99` },
});

describe("network mutations over the graph", () => {
  let subgraph: TestSubgraph<typeof vmsTables>;
  const organization = randomUUID();
  const reseller = randomUUID();
  const foreign = randomUUID();
  const apiKey = (readOnly: boolean): Caller => ({
    ...customerUser(organization, "member"),
    kind: "api_key",
    readOnly,
  });

  /** Who may manage the organisation's networks, and what everyone else is told. */
  const matrix: [string, Caller | null, string | null][] = [
    ["the organisation's owner", customerUser(organization, "owner"), null],
    ["the organisation's admin", customerUser(organization, "admin"), null],
    ["its reseller's admin", resellerUser(reseller, [organization]), null],
    ["provider staff", providerStaff(), null],
    ["the organisation's member", customerUser(organization, "member"), "FORBIDDEN"],
    ["the organisation's billing user", customerUser(organization, "billing"), "FORBIDDEN"],
    ["the organisation's read-only user", customerUser(organization, "read_only"), "FORBIDDEN"],
    ["a writable API key (acts as a member)", apiKey(false), "FORBIDDEN"],
    ["a read-only API key", apiKey(true), "FORBIDDEN"],
    ["its reseller's member", resellerUser(reseller, [organization], "member"), "FORBIDDEN"],
    ["a foreign customer's owner", customerUser(foreign, "owner"), "NOT_FOUND"],
    ["an unauthenticated caller", null, "UNAUTHENTICATED"],
  ];
  const counts = async () => ({
    networks: await subgraph.database.db.$count(networks),
    allocations: await subgraph.database.db.$count(ipAllocations),
  });
  const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    (result.errors ?? []).map((error) => error.extensions?.code);
  let n = 0;
  const seedNetwork = () =>
    createNetwork(subgraph.database.db, { organizationId: organization, name: `seeded-${++n}`, ...layout(100 + n) });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
  });
  afterAll(() => subgraph.close());

  describe.each(matrix.map(([label, caller, code], index) => [label, caller, code, index] as const))(
    "%s",
    (_label, caller, code, index) => {
      it(code ? `cannot createNetwork (${code}), writing nothing` : "can createNetwork", async () => {
        const before = await counts();
        const input = { organizationId: organization, name: `net-${index}`, ...layout(index + 1) };
        const result = await subgraph.request(CREATE, { input }, { as: caller });
        if (code) {
          expect(codes(result)).toEqual([code]);
          expect(await counts()).toEqual(before);
        } else {
          expect(result.errors).toBeUndefined();
          expect(result.data?.createNetwork).toMatchObject({
            name: `net-${index}`,
            organization: { id: organization },
          });
        }
      });

      it(code ? `cannot updateNetworkRanges (${code})` : "can updateNetworkRanges", async () => {
        const network = await seedNetwork();
        const ranges = {
          dhcp: { first: network.gateway.replace(/\.1$/, ".2"), last: network.gateway.replace(/\.1$/, ".9") },
          static: network.staticRange,
        };
        const result = await subgraph.request(
          UPDATE,
          { id: network.id, dhcp: ranges.dhcp, static: { first: ranges.static.first, last: ranges.static.last } },
          { as: caller },
        );
        const [stored] = await subgraph.database.db.select().from(networks).where(eq(networks.id, network.id));
        if (code) {
          expect(codes(result)).toEqual([code]);
          expect(stored?.dhcpFirst).toBe(network.dhcpRange.first);
        } else {
          expect(result.errors).toBeUndefined();
          expect(stored?.dhcpFirst).toBe(ranges.dhcp.first);
        }
      });

      it(code ? `cannot deleteNetwork (${code})` : "can deleteNetwork", async () => {
        const network = await seedNetwork();
        const result = await subgraph.request(DELETE, { id: network.id }, { as: caller });
        const stored = await subgraph.database.db.select().from(networks).where(eq(networks.id, network.id));
        if (code) {
          expect(codes(result)).toEqual([code]);
          expect(stored).toHaveLength(1);
        } else {
          expect(result).toEqual({ data: { deleteNetwork: network.id } });
          expect(stored).toHaveLength(0);
        }
      });
    },
  );

  it("answers NOT_FOUND for a network id that does not exist, as for one the caller cannot see", async () => {
    const owner = customerUser(organization, "owner");
    const ranges = { dhcp: { first: "10.0.0.2", last: "10.0.0.3" }, static: { first: "10.0.0.4", last: "10.0.0.5" } };
    const id = randomUUID();
    expect(codes(await subgraph.request(DELETE, { id }, { as: owner }))).toEqual(["NOT_FOUND"]);
    expect(codes(await subgraph.request(UPDATE, { id, ...ranges }, { as: owner }))).toEqual(["NOT_FOUND"]);
    // Every ID on the platform is a UUID: anything else is bad input naming the argument.
    const malformed = await subgraph.request(DELETE, { id: "not-a-uuid" }, { as: owner });
    expect(malformed.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "id" }),
    ]);
  });

  it("refuses bad input through the graph naming the field, writing nothing", async () => {
    const owner = customerUser(organization, "owner");
    const network = await seedNetwork();
    const before = await counts();
    // Addresses of the seeded network's /24, by last part (256 lies past its broadcast address).
    const base = network.gateway.split(".").slice(0, 2).join(".");
    const at = (last: number) => (last > 255 ? `${base}.1.${last - 256}` : `${base}.0.${last}`);
    const staticOf = (n: Network) => ({ first: n.staticRange.first, last: n.staticRange.last });
    const dhcpOf = (n: Network) => ({ first: n.dhcpRange.first, last: n.dhcpRange.last });
    const create = (overrides: Record<string, unknown>) =>
      subgraph.request(
        CREATE,
        { input: { organizationId: organization, name: "bad", ...layout(200), ...overrides } },
        { as: owner },
      );
    const update = (dhcp: { first: string; last: string }, staticRange: { first: string; last: string }) =>
      subgraph.request(UPDATE, { id: network.id, dhcp, static: staticRange }, { as: owner });
    const refusals: [string, Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string][] = [
      ["IPv6 subnet", create({ cidr: "fd00::/64" }), "cidr"],
      ["host bits", create({ cidr: "10.200.0.7/24" }), "cidr"],
      ["bad gateway", create({ gateway: "10.200.0.255" }), "gateway"],
      ["blank name", create({ name: " " }), "name"],
      ["reversed update", update({ first: at(120), last: at(110) }, staticOf(network)), "dhcpRange"],
      ["update outside subnet", update(dhcpOf(network), { first: at(10), last: at(256) }), "staticRange.last"],
    ];
    for (const [label, pending, field] of refusals) {
      const result = await pending;
      expect(
        result.errors?.map((error) => error.extensions),
        label,
      ).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
    }
    expect(await counts()).toEqual(before);
  });

  describe("reads", () => {
    let network: Network;
    const NETWORK_BY_ID = `query($id: ID!) { network(id: $id) { ${NETWORK} } }`;
    const ORGANIZATION_NETWORKS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Organization { id networks { id name freeStaticAddressCount } } } }`;
    const owned = randomUUID();

    beforeAll(async () => {
      network = await createNetwork(subgraph.database.db, { organizationId: owned, name: "Read me", ...layout(250) });
      await allocateStaticIp(subgraph.database.db, { networkId: network.id, holder: "vm:x/nic:0" });
      await allocateStaticIp(subgraph.database.db, {
        networkId: network.id,
        requestedIp: "10.250.0.99",
        holder: "vm:y/nic:0",
      });
    });

    it("shows a visible network with its allocations and free count", async () => {
      const result = await subgraph.request(
        NETWORK_BY_ID,
        { id: network.id },
        { as: customerUser(owned, "read_only") },
      );
      expect(result.data?.network).toMatchObject({
        name: "Read me",
        cidr: "10.250.0.0/24",
        staticRange: { first: "10.250.0.10", last: "10.250.0.99", size: 90 },
        allocations: [
          { address: "10.250.0.10", holder: "vm:x/nic:0", allocatedAt: expect.any(String) },
          { address: "10.250.0.99", holder: "vm:y/nic:0", allocatedAt: expect.any(String) },
        ],
        freeStaticAddressCount: 88,
      });
      const listed = await subgraph.request(
        ORGANIZATION_NETWORKS,
        { reps: [{ __typename: "Organization", id: owned }] },
        { as: resellerUser(randomUUID(), [owned]) },
      );
      expect(listed.data).toEqual({
        _entities: [{ id: owned, networks: [{ id: network.id, name: "Read me", freeStaticAddressCount: 88 }] }],
      });
    });

    it.each([
      ["a foreign customer", customerUser(randomUUID())],
      ["a foreign reseller", resellerUser(randomUUID(), [randomUUID()])],
    ])("gives %s null, exactly as for an unknown id, and no networks", async (_label, caller) => {
      expect(await subgraph.request(NETWORK_BY_ID, { id: network.id }, { as: caller })).toEqual({
        data: { network: null },
      });
      expect(await subgraph.request(NETWORK_BY_ID, { id: randomUUID() }, { as: caller })).toEqual({
        data: { network: null },
      });
      const listed = await subgraph.request(
        ORGANIZATION_NETWORKS,
        { reps: [{ __typename: "Organization", id: owned }] },
        { as: caller },
      );
      expect(listed.data).toEqual({ _entities: [null] });
    });

    it("asks an unauthenticated caller to sign in", async () => {
      const result = await subgraph.request(NETWORK_BY_ID, { id: network.id }, { as: null });
      expect([result.data?.network, codes(result)]).toEqual([null, ["UNAUTHENTICATED"]]);
    });

    it("costs the same queries for 2 and 12 organisations' networks", async () => {
      const orgs = Array.from({ length: 12 }, () => randomUUID());
      for (const [index, org] of orgs.entries()) {
        const created = await createNetwork(subgraph.database.db, {
          organizationId: org,
          name: "n",
          ...layout(index + 1),
        });
        await allocateStaticIp(subgraph.database.db, { networkId: created.id, holder: "vm:z/nic:0" });
      }
      const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Organization { networks { name allocations { address } freeStaticAddressCount } } } }`;
      const queriesFor = async (ids: string[]) => {
        subgraph.database.resetQueryCount();
        const result = await subgraph.request(QUERY, { reps: ids.map((id) => ({ __typename: "Organization", id })) });
        expect(JSON.stringify(result.data).match(/"address"/g)).toHaveLength(ids.length);
        return subgraph.database.queryCount();
      };
      expect([await queriesFor(orgs.slice(0, 2)), await queriesFor(orgs)]).toEqual([3, 3]);
    });
  });
});
