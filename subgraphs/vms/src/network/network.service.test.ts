import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ipAllocations, networks } from "../db/network.schema";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { allocateStaticIp } from "./allocation.service";
import type { CreateNetworkInput } from "./network.rules";
import { createNetwork, deleteNetwork, updateNetworkRanges } from "./network.service";

const badInput = (field: string, message?: RegExp) =>
  expect.objectContaining({
    ...(message ? { message: expect.stringMatching(message) } : {}),
    extensions: { code: "BAD_USER_INPUT", field },
  });
const conflictError = (message: RegExp) =>
  expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: "CONFLICT" } });

describe("networks", () => {
  let database: Database<typeof vmsTables>;
  const organizationId = randomUUID();
  const valid = (overrides: Partial<CreateNetworkInput> = {}): CreateNetworkInput => ({
    organizationId,
    name: "Production",
    cidr: "10.20.0.0/24",
    gateway: "10.20.0.1",
    dhcpRange: { first: "10.20.0.100", last: "10.20.0.199" },
    staticRange: { first: "10.20.0.10", last: "10.20.0.99" },
    ...overrides,
  });
  const rows = async () => ({
    networks: await database.db.$count(networks),
    allocations: await database.db.$count(ipAllocations),
  });

  beforeAll(async () => {
    database = await openTestDatabase(vmsSubgraph);
  });
  afterAll(() => database.close());

  it("creates a network with its ranges, sizes and a port group named after it", async () => {
    const network = await createNetwork(database.db, valid({ organizationId: randomUUID(), name: "  Web Tier " }));
    expect(network).toMatchObject({
      name: "Web Tier",
      cidr: "10.20.0.0/24",
      gateway: "10.20.0.1",
      dhcpRange: { first: "10.20.0.100", last: "10.20.0.199", size: 100 },
      staticRange: { first: "10.20.0.10", last: "10.20.0.99", size: 90 },
    });
    expect(network.portGroup).toBe(`dcx-${network.organizationId.slice(0, 8)}-web-tier-${network.id.slice(0, 8)}`);
  });

  it("accepts ranges that touch the subnet's first and last usable addresses and each other", async () => {
    const network = await createNetwork(
      database.db,
      valid({
        organizationId: randomUUID(),
        cidr: "192.168.5.0/29",
        gateway: "192.168.5.6",
        dhcpRange: { first: "192.168.5.1", last: "192.168.5.3" },
        staticRange: { first: "192.168.5.4", last: "192.168.5.5" },
      }),
    );
    expect([network.dhcpRange.size, network.staticRange.size]).toEqual([3, 2]);
  });

  const outside = (first: string, last: string) => ({ first, last });
  it.each<[string, Partial<CreateNetworkInput>, string, RegExp?]>([
    ["an organisation id that is not a UUID", { organizationId: "adcock" }, "organizationId"],
    ["a blank name", { name: "   " }, "name", /1–80 characters/],
    ["a name of 81 characters", { name: "n".repeat(81) }, "name", /1–80 characters/],
    ["a name with a control character", { name: "prod\u0000" }, "name", /control/],
    ["an IPv6 subnet", { cidr: "fd00::/64" }, "cidr", /^IPv6 is not supported yet/],
    ["a subnet with host bits set", { cidr: "10.20.0.1/24" }, "cidr", /host bits/],
    ["a /31", { cidr: "10.20.0.0/31" }, "cidr", /too small/],
    ["a /7", { cidr: "10.0.0.0/7" }, "cidr", /too large/],
    ["an IPv6 gateway", { gateway: "fd00::1" }, "gateway", /^IPv6 is not supported yet/],
    ["a gateway outside the subnet", { gateway: "10.21.0.1" }, "gateway", /usable address/],
    ["the network address as gateway", { gateway: "10.20.0.0" }, "gateway", /usable address/],
    ["the broadcast address as gateway", { gateway: "10.20.0.255" }, "gateway", /usable address/],
    [
      "a DHCP range starting at the network address",
      { dhcpRange: outside("10.20.0.0", "10.20.0.50") },
      "dhcpRange.first",
    ],
    [
      "a DHCP range ending at the broadcast address",
      { dhcpRange: outside("10.20.0.200", "10.20.0.255") },
      "dhcpRange.last",
    ],
    ["a static range outside the subnet", { staticRange: outside("10.20.1.10", "10.20.1.20") }, "staticRange.first"],
    ["a reversed DHCP range", { dhcpRange: outside("10.20.0.199", "10.20.0.100") }, "dhcpRange", /reversed/],
    ["a reversed static range", { staticRange: outside("10.20.0.99", "10.20.0.10") }, "staticRange", /reversed/],
    ["a DHCP range holding the gateway", { dhcpRange: outside("10.20.0.1", "10.20.0.9") }, "dhcpRange", /gateway/],
    ["a static range holding the gateway", { gateway: "10.20.0.50" }, "staticRange", /gateway/],
    ["ranges sharing one address", { staticRange: outside("10.20.0.10", "10.20.0.100") }, "staticRange", /overlap/],
    ["an IPv6 static address", { staticRange: outside("fd00::1", "fd00::9") }, "staticRange.first", /^IPv6/],
    ["a missing DHCP range", { dhcpRange: null as never }, "dhcpRange", /required/],
  ])("refuses %s naming the field, writing nothing", async (_label, overrides, field, message) => {
    const before = await rows();
    await expect(createNetwork(database.db, valid(overrides))).rejects.toThrow(badInput(field, message));
    expect(await rows()).toEqual(before);
  });

  it("keeps names unique per organisation ignoring case", async () => {
    const org = randomUUID();
    await createNetwork(database.db, valid({ organizationId: org, name: "Backend" }));
    const before = await rows();
    await expect(
      createNetwork(
        database.db,
        valid({
          organizationId: org,
          name: "BACKEND",
          cidr: "10.30.0.0/24",
          gateway: "10.30.0.1",
          dhcpRange: outside("10.30.0.100", "10.30.0.199"),
          staticRange: outside("10.30.0.10", "10.30.0.99"),
        }),
      ),
    ).rejects.toThrow(conflictError(/already has a network named "BACKEND"/));
    expect(await rows()).toEqual(before);
  });

  it("refuses a subnet overlapping another network of the organisation, but not of another organisation", async () => {
    const org = randomUUID();
    await createNetwork(
      database.db,
      valid({
        organizationId: org,
        name: "Wide",
        cidr: "10.40.0.0/16",
        gateway: "10.40.0.1",
        dhcpRange: outside("10.40.1.0", "10.40.1.255"),
        staticRange: outside("10.40.2.0", "10.40.2.255"),
      }),
    );
    const inside = {
      cidr: "10.40.7.0/24",
      gateway: "10.40.7.1",
      dhcpRange: outside("10.40.7.100", "10.40.7.199"),
      staticRange: outside("10.40.7.10", "10.40.7.99"),
    };
    await expect(createNetwork(database.db, valid({ organizationId: org, name: "Inner", ...inside }))).rejects.toThrow(
      conflictError(/10\.40\.7\.0\/24 overlaps network "Wide" \(10\.40\.0\.0\/16\)/),
    );
    const elsewhere = await createNetwork(
      database.db,
      valid({ organizationId: randomUUID(), name: "Inner", ...inside }),
    );
    expect(elsewhere.cidr).toBe("10.40.7.0/24");
    // Adjacent subnets share no address.
    const adjacent = {
      cidr: "10.41.0.0/24",
      gateway: "10.41.0.1",
      dhcpRange: outside("10.41.0.100", "10.41.0.199"),
      staticRange: outside("10.41.0.10", "10.41.0.99"),
    };
    expect((await createNetwork(database.db, valid({ organizationId: org, name: "Next", ...adjacent }))).cidr).toBe(
      "10.41.0.0/24",
    );
  });

  it("lets exactly one of ten simultaneous overlapping networks in", async () => {
    const org = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) =>
        createNetwork(database.db, valid({ organizationId: org, name: `race-${index}` })),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const reasons = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(reasons).toHaveLength(9);
    for (const reason of reasons) expect(reason).toMatchObject({ extensions: { code: "CONFLICT" } });
  });

  it("keeps sound rows even when a write bypasses the service (check constraints)", async () => {
    const base = {
      organizationId: randomUUID(),
      name: "raw",
      cidr: "10.50.0.0/24",
      gateway: "10.50.0.1",
      portGroup: `raw-${randomUUID()}`,
    };
    const ranges = {
      dhcpFirst: "10.50.0.100",
      dhcpLast: "10.50.0.199",
      staticFirst: "10.50.0.10",
      staticLast: "10.50.0.99",
    };
    const insert = (values: Partial<typeof ranges> & { gateway?: string; cidr?: string }) =>
      database.db
        .insert(networks)
        .values({ id: randomUUID(), ...base, ...ranges, ...values, portGroup: `raw-${randomUUID()}` });
    await expect(insert({ staticLast: "10.50.0.100" })).rejects.toThrow();
    await expect(insert({ dhcpFirst: "10.50.0.200", dhcpLast: "10.50.0.150" })).rejects.toThrow();
    await expect(insert({ gateway: "10.50.0.20" })).rejects.toThrow();
    await expect(insert({ staticFirst: "10.51.0.10" })).rejects.toThrow();
    await expect(insert({ cidr: "10.50.0.0/30", gateway: "10.50.0.1" })).rejects.toThrow();
    await expect(insert({})).resolves.toBeDefined();
  });

  describe("updateNetworkRanges and deleteNetwork", () => {
    it("moves the split, refuses to strand an allocated address, and refuses bad ranges writing nothing", async () => {
      const network = await createNetwork(database.db, valid({ organizationId: randomUUID() }));
      await allocateStaticIp(database.db, { networkId: network.id, requestedIp: "10.20.0.50", holder: "vm:a/nic:0" });

      const moved = await updateNetworkRanges(
        database.db,
        network.id,
        outside("10.20.0.2", "10.20.0.49"),
        outside("10.20.0.50", "10.20.0.254"),
      );
      expect([moved.dhcpRange, moved.staticRange]).toEqual([
        { first: "10.20.0.2", last: "10.20.0.49", size: 48 },
        { first: "10.20.0.50", last: "10.20.0.254", size: 205 },
      ]);

      const stored = async () => (await database.db.select().from(networks)).find((row) => row.id === network.id);
      const before = await stored();
      await expect(
        updateNetworkRanges(
          database.db,
          network.id,
          outside("10.20.0.2", "10.20.0.51"),
          outside("10.20.0.51", "10.20.0.254"),
        ),
      ).rejects.toThrow(badInput("staticRange", /overlap/));
      await expect(
        updateNetworkRanges(
          database.db,
          network.id,
          outside("10.20.0.2", "10.20.0.40"),
          outside("10.20.0.51", "10.20.0.254"),
        ),
      ).rejects.toThrow(
        conflictError(/10\.20\.0\.50 is allocated to vm:a\/nic:0 and would fall outside the new static range/),
      );
      await expect(
        updateNetworkRanges(
          database.db,
          network.id,
          outside("10.20.0.2", "10.20.0.40"),
          outside("10.20.0.41", "10.20.1.0"),
        ),
      ).rejects.toThrow(badInput("staticRange.last"));
      expect(await stored()).toEqual(before);
      await expect(
        updateNetworkRanges(
          database.db,
          randomUUID(),
          outside("10.20.0.2", "10.20.0.3"),
          outside("10.20.0.4", "10.20.0.5"),
        ),
      ).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND" },
      });
    });

    const r = (first: string, last: string) => ({ first, last });
    it.each<[string, { first: string; last: string } | null, { first: string; last: string }, string, RegExp]>([
      ["a reversed DHCP range", r("10.20.0.30", "10.20.0.20"), r("10.20.0.50", "10.20.0.99"), "dhcpRange", /reversed/],
      [
        "a reversed static range",
        r("10.20.0.2", "10.20.0.9"),
        r("10.20.0.99", "10.20.0.50"),
        "staticRange",
        /reversed/,
      ],
      [
        "a static range past the broadcast address",
        r("10.20.0.2", "10.20.0.9"),
        r("10.20.0.50", "10.20.0.255"),
        "staticRange.last",
        /usable/,
      ],
      [
        "a DHCP range at the network address",
        r("10.20.0.0", "10.20.0.9"),
        r("10.20.0.50", "10.20.0.99"),
        "dhcpRange.first",
        /usable/,
      ],
      [
        "a DHCP range over the gateway",
        r("10.20.0.1", "10.20.0.9"),
        r("10.20.0.50", "10.20.0.99"),
        "dhcpRange",
        /gateway/,
      ],
      ["overlapping ranges", r("10.20.0.2", "10.20.0.50"), r("10.20.0.50", "10.20.0.99"), "staticRange", /overlap/],
      ["an IPv6 address", r("fd00::2", "fd00::9"), r("10.20.0.50", "10.20.0.99"), "dhcpRange.first", /^IPv6/],
      ["a missing range", null, r("10.20.0.50", "10.20.0.99"), "dhcpRange", /required/],
    ])(
      "refuses a range change with %s naming the field, writing nothing",
      async (_label, dhcp, staticRange, field, message) => {
        const network = await createNetwork(database.db, valid({ organizationId: randomUUID() }));
        const before = await database.db.select().from(networks).where(eq(networks.id, network.id));
        await expect(updateNetworkRanges(database.db, network.id, dhcp as never, staticRange)).rejects.toThrow(
          badInput(field, message),
        );
        expect(await database.db.select().from(networks).where(eq(networks.id, network.id))).toEqual(before);
      },
    );

    it("deletes a network only once no address is allocated", async () => {
      const network = await createNetwork(database.db, valid({ organizationId: randomUUID() }));
      await allocateStaticIp(database.db, { networkId: network.id, holder: "vm:b/nic:0" });
      await allocateStaticIp(database.db, { networkId: network.id, holder: "vm:c/nic:0" });
      await expect(deleteNetwork(database.db, network.id)).rejects.toThrow(
        conflictError(/still has 2 allocated addresses/),
      );
      // The foreign key refuses it too, whatever the service checked.
      await expect(database.db.delete(networks).where(eq(networks.id, network.id))).rejects.toThrow();
      await database.db.delete(ipAllocations).where(eq(ipAllocations.networkId, network.id));
      await deleteNetwork(database.db, network.id);
      await expect(deleteNetwork(database.db, network.id)).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
      await expect(deleteNetwork(database.db, "not-a-uuid")).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND" },
      });
    });
  });
});
