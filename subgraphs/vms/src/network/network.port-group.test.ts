import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { customerUser, openTestDatabase, startTestSubgraph } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networks } from "../db/network.schema";
import type { vmsTables } from "../db/schema";
import { VSphereClient } from "../hypervisor";
import { createVmsSubgraph, UNCONFIGURED_VMS_DEPS, vmsSubgraph } from "../index";
import type { CreateNetworkInput } from "./network.rules";
import { createNetwork, deleteNetwork } from "./network.service";

/** A network's port group in vCenter, made and removed with the row, against the vCenter simulator. */
describe("network port groups in vCenter", () => {
  let database: Database<typeof vmsTables>;
  let simulator: VcenterSimulator;
  let hypervisor: VSphereClient;
  let unreachable: VSphereClient;
  let n = 0;
  const input = (): CreateNetworkInput => ({
    organizationId: randomUUID(),
    name: `Web Tier ${++n}`,
    cidr: "10.60.0.0/24",
    gateway: "10.60.0.1",
    dhcpRange: { first: "10.60.0.100", last: "10.60.0.199" },
    staticRange: { first: "10.60.0.10", last: "10.60.0.99" },
  });
  const portGroupIn = (name: string) =>
    Object.values(simulator.state.networks).find((network) => network.name === name);
  const rowOf = async (id: string) => (await database.db.select().from(networks).where(eq(networks.id, id)))[0];
  const connect = (url: string) =>
    new VSphereClient({ url, user: "administrator@vsphere.local", password: "simulator", retries: 0 });

  beforeAll(async () => {
    database = await openTestDatabase(vmsSubgraph);
    simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 20 });
    hypervisor = connect(simulator.url);
    // A port nothing listens on any more: every call fails to connect.
    const closed = await startVcenterSimulator({ port: 0 });
    await closed.close();
    unreachable = connect(closed.url);
  });
  afterAll(async () => {
    await Promise.allSettled([hypervisor?.close(), unreachable?.close()]);
    await simulator?.close();
    await database?.close();
  });

  it("creates the port group on the distributed switch with the network, and deletes it with the network", async () => {
    const network = await createNetwork(database.db, input(), hypervisor);
    expect(portGroupIn(network.portGroup)).toMatchObject({ distributedSwitch: simulator.state.distributedSwitch.id });
    expect(await hypervisor.listNetworks()).toContain(network.portGroup);

    await deleteNetwork(database.db, network.id, hypervisor);
    expect(portGroupIn(network.portGroup)).toBeUndefined();
    expect(await rowOf(network.id)).toBeUndefined();
  });

  it("writes no row when vCenter cannot make the port group, and keeps the row when it cannot remove it", async () => {
    const before = await database.db.$count(networks);
    const refused = input();
    await expect(createNetwork(database.db, refused, unreachable)).rejects.toMatchObject({
      extensions: { code: "HYPERVISOR_UNAVAILABLE", hypervisorCode: "UNAVAILABLE" },
    });
    expect(await database.db.$count(networks)).toBe(before);

    const network = await createNetwork(database.db, input(), hypervisor);
    await expect(deleteNetwork(database.db, network.id, unreachable)).rejects.toMatchObject({
      extensions: { code: "HYPERVISOR_UNAVAILABLE" },
    });
    expect(await rowOf(network.id)).toBeDefined();
    expect(portGroupIn(network.portGroup)).toBeDefined();
  });

  it("refuses with CONFLICT to delete a network whose port group a VM in vCenter still uses, keeping both", async () => {
    const network = await createNetwork(database.db, input(), hypervisor);
    const marker = randomUUID();
    const start = await hypervisor.createVm({
      marker,
      name: `outside-${marker.slice(0, 8)}`,
      guestId: "otherGuest64",
      vcpuCount: 1,
      memoryMib: 512,
      disks: [],
      nics: [{ network: network.portGroup }],
    });
    if (start.status !== "started") throw new Error("expected a started create");
    await hypervisor.awaitTask(start.task, { timeoutMs: 10_000 });

    await expect(deleteNetwork(database.db, network.id, hypervisor)).rejects.toMatchObject({
      message: expect.stringContaining(network.portGroup),
      extensions: { code: "CONFLICT" },
    });
    expect(await rowOf(network.id)).toBeDefined();
    expect(portGroupIn(network.portGroup)).toBeDefined();

    await hypervisor.awaitTask(await hypervisor.destroy(marker), { timeoutMs: 10_000 });
    await deleteNetwork(database.db, network.id, hypervisor);
    expect(portGroupIn(network.portGroup)).toBeUndefined();
  });

  it("makes and removes the port group through the graph with the subgraph's hypervisor", async () => {
    const subgraph = await startTestSubgraph(createVmsSubgraph(() => ({ ...UNCONFIGURED_VMS_DEPS, hypervisor })));
    try {
      const { organizationId, ...layout } = input();
      const as = customerUser(organizationId, "owner");
      const created = await subgraph.request<{ createNetwork: { id: string; portGroup: string } }>(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id portGroup } }`,
        { input: { organizationId, ...layout } },
        { as },
      );
      expect(created.errors).toBeUndefined();
      const { id, portGroup } = created.data!.createNetwork;
      expect(portGroupIn(portGroup)).toBeDefined();
      const deleted = await subgraph.request(`mutation($id: ID!) { deleteNetwork(id: $id) }`, { id }, { as });
      expect(deleted.errors).toBeUndefined();
      expect(portGroupIn(portGroup)).toBeUndefined();
    } finally {
      await subgraph.close();
    }
  });

  it("keeps today's behaviour without a hypervisor: the row only", async () => {
    const network = await createNetwork(database.db, input());
    expect(portGroupIn(network.portGroup)).toBeUndefined();
    await deleteNetwork(database.db, network.id);
    expect(await rowOf(network.id)).toBeUndefined();
  });
});
