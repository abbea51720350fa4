import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase, testPostgresUrl } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ipAllocations } from "../db/network.schema";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { allocateStaticIp, lowestFree, releaseStaticIp, releaseStaticIpsOf } from "./allocation.service";
import { createNetwork } from "./network.service";
import type { Network } from "./network.type";

describe("lowestFree", () => {
  it.each([
    ["an empty range", [], 10],
    ["a taken first address", [10], 11],
    ["a gap", [10, 11, 13], 12],
    ["addresses below the range", [3, 4, 10], 11],
    ["a full range", [10, 11, 12, 13, 14], null],
  ])("finds the lowest free address with %s", (_label, taken, expected) => {
    expect(lowestFree({ first: 10, last: 14 }, taken)).toBe(expected);
  });
});

describe("static IP allocation", () => {
  let database: Database<typeof vmsTables>;
  // A /28: 10.9.0.0–10.9.0.15, gateway .1, DHCP .2–.7, static .8–.14 (7 addresses).
  const newNetwork = () =>
    createNetwork(database.db, {
      organizationId: randomUUID(),
      name: "Small",
      cidr: "10.9.0.0/28",
      gateway: "10.9.0.1",
      dhcpRange: { first: "10.9.0.2", last: "10.9.0.7" },
      staticRange: { first: "10.9.0.8", last: "10.9.0.14" },
    });
  const addressesOf = async (network: Network) =>
    (await database.db.select().from(ipAllocations).where(eq(ipAllocations.networkId, network.id)))
      .map((row) => row.address)
      .sort();

  beforeAll(async () => {
    database = await openTestDatabase(vmsSubgraph);
  });
  afterAll(() => database.close());

  it("hands out the lowest free address, refills gaps, and honours a requested one", async () => {
    const network = await newNetwork();
    const allocate = (holder: string, requestedIp?: string) =>
      allocateStaticIp(database.db, { networkId: network.id, holder, ...(requestedIp ? { requestedIp } : {}) });
    expect((await allocate("vm:1/nic:0")).address).toBe("10.9.0.8");
    expect(await allocate("vm:2/nic:0", "10.9.0.14")).toMatchObject({ address: "10.9.0.14", holder: "vm:2/nic:0" });
    expect((await allocate("vm:3/nic:0")).address).toBe("10.9.0.9");
    expect(await releaseStaticIp(database.db, { networkId: network.id, address: "10.9.0.8" })).toBe(true);
    expect(await releaseStaticIp(database.db, { networkId: network.id, address: "10.9.0.8" })).toBe(false);
    expect((await allocate("vm:4/nic:0")).address).toBe("10.9.0.8");
    expect(await releaseStaticIpsOf(database.db, "vm:4/nic:0")).toBe(1);
    expect(await addressesOf(network)).toEqual(["10.9.0.14", "10.9.0.9"]);
  });

  it("refuses bad requests without writing", async () => {
    const network = await newNetwork();
    await allocateStaticIp(database.db, { networkId: network.id, requestedIp: "10.9.0.10", holder: "vm:1/nic:0" });
    const attempt = (requestedIp: string | undefined, holder = "vm:2/nic:0", networkId = network.id) =>
      allocateStaticIp(database.db, { networkId, holder, ...(requestedIp ? { requestedIp } : {}) });
    const cases: [() => Promise<unknown>, Record<string, unknown>][] = [
      [() => attempt("10.9.0.7"), { code: "BAD_USER_INPUT", field: "requestedIp" }], // last DHCP address, just below
      [() => attempt("10.9.0.15"), { code: "BAD_USER_INPUT", field: "requestedIp" }], // broadcast, just above
      [() => attempt("10.9.0.1"), { code: "BAD_USER_INPUT", field: "requestedIp" }], // the gateway
      [() => attempt("10.9.0.0"), { code: "BAD_USER_INPUT", field: "requestedIp" }], // the network address
      [() => attempt("fe80::1"), { code: "BAD_USER_INPUT", field: "requestedIp" }],
      [() => attempt("10.9.0.10"), { code: "CONFLICT" }],
      [() => attempt(undefined, "  "), { code: "BAD_USER_INPUT", field: "holder" }],
      [() => attempt(undefined, "h".repeat(201)), { code: "BAD_USER_INPUT", field: "holder" }],
      [() => attempt(undefined, undefined, "nope"), { code: "BAD_USER_INPUT", field: "networkId" }],
      [() => attempt(undefined, undefined, randomUUID()), { code: "NOT_FOUND" }],
    ];
    for (const [run, extensions] of cases) await expect(run()).rejects.toMatchObject({ extensions });
    expect(await addressesOf(network)).toEqual(["10.9.0.10"]);
    // The range's own ends are accepted.
    await attempt("10.9.0.8");
    await attempt("10.9.0.14", "h".repeat(200));
    expect(await addressesOf(network)).toEqual(["10.9.0.10", "10.9.0.14", "10.9.0.8"]);
  });

  it("keeps addresses unique per network in the database itself", async () => {
    const network = await newNetwork();
    await database.db.insert(ipAllocations).values({ networkId: network.id, address: "10.9.0.8", holder: "a" });
    await expect(
      database.db.insert(ipAllocations).values({ networkId: network.id, address: "10.9.0.8", holder: "b" }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23505" }) });
  });

  // On PGlite every transaction runs alone, so the race only truly bites on the PostgreSQL server
  // (TEST_POSTGRES_URL): there the network row lock serialises allocators and the unique index backs it.
  it(`gives 50 simultaneous allocations on a /28's 7 static addresses 7 distinct IPs and 43 CONFLICTs (${testPostgresUrl() ? "PostgreSQL server" : "PGlite"})`, async () => {
    const network = await newNetwork();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        allocateStaticIp(database.db, { networkId: network.id, holder: `vm:${index}/nic:0` }),
      ),
    );
    const granted = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.address] : []));
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(new Set(granted).size).toBe(granted.length);
    expect(granted.sort()).toEqual([
      "10.9.0.10",
      "10.9.0.11",
      "10.9.0.12",
      "10.9.0.13",
      "10.9.0.14",
      "10.9.0.8",
      "10.9.0.9",
    ]);
    expect(refused).toHaveLength(43);
    for (const reason of refused) expect(reason).toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await addressesOf(network)).toEqual(granted.sort());
  });

  it("gives 7 simultaneous allocations all 7 free addresses: allocators queue instead of colliding", async () => {
    const network = await newNetwork();
    const granted = await Promise.all(
      Array.from({ length: 7 }, (_, index) =>
        allocateStaticIp(database.db, { networkId: network.id, holder: `vm:${index}/nic:0` }),
      ),
    );
    expect(new Set(granted.map((allocation) => allocation.address)).size).toBe(7);
  });

  it("gives 50 simultaneous requests for one address to exactly one holder", async () => {
    const network = await newNetwork();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        allocateStaticIp(database.db, { networkId: network.id, requestedIp: "10.9.0.12", holder: `vm:${index}/nic:0` }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refused).toHaveLength(49);
    for (const reason of refused) expect(reason).toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await addressesOf(network)).toEqual(["10.9.0.12"]);
  });
});
