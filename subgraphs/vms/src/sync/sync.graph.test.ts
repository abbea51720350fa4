import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, vms, type vmsTables } from "../db/schema";
import { linkOrganizationFolder } from "../folder/organization-folder.store";
import { type Hypervisor, VSphereClient } from "../hypervisor";
import { createVmsSubgraph } from "../index";
import { UNCONFIGURED_VMS_DEPS } from "../vms.deps";

const SYNC = `mutation { syncVmInventory { seen inserted changed refreshed unchanged vanished unassigned deferred skipped ms vcenterMs } }`;

describe("syncVmInventory", () => {
  let simulator: VcenterSimulator;
  let subgraph: TestSubgraph<typeof vmsTables>;
  let hypervisor: Hypervisor | null = null;
  const client = () => new VSphereClient({ url: simulator.url, user: "administrator@vsphere.local", password: "x" });
  const adcock = randomUUID();
  const reseller = randomUUID();
  const provider = (role: Caller["role"], readOnly = false): Caller => ({ ...providerStaff(), role, readOnly });
  const written = async () => ({
    vms: await subgraph.database.db.$count(vms),
    events: await subgraph.database.db.$count(auditEvents),
  });
  const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    (result.errors ?? []).map((error) => error.extensions?.code);

  beforeAll(async () => {
    simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 20 });
    subgraph = await startTestSubgraph(
      createVmsSubgraph(() => ({ ...UNCONFIGURED_VMS_DEPS, hypervisor, log: () => {} })),
    );
    const adcockFolder = Object.values(simulator.state.folders).find((folder) => folder.name === "Adcock")!;
    await linkOrganizationFolder(subgraph.database.db, adcock, adcockFolder.id);
  });
  afterAll(async () => {
    await hypervisor?.close();
    await subgraph.close();
    await simulator.close();
  });

  it("answers HYPERVISOR_UNAVAILABLE when no vCenter is configured, writing nothing", async () => {
    const result = await subgraph.request(SYNC);
    expect(codes(result)).toEqual(["HYPERVISOR_UNAVAILABLE"]);
    expect(result.errors![0]!.message).toBe("No vCenter is configured");
    expect(await written()).toEqual({ vms: 0, events: 0 });
  });

  it("answers HYPERVISOR_UNAVAILABLE when vCenter cannot be reached, writing nothing", async () => {
    hypervisor = new VSphereClient({
      url: "http://127.0.0.1:9/sdk",
      user: "a",
      password: "b",
      retries: 0,
      callTimeoutMs: 2_000,
    });
    const result = await subgraph.request(SYNC);
    expect(codes(result)).toEqual(["HYPERVISOR_UNAVAILABLE"]);
    expect(result.errors![0]!.message).toMatch(/^vCenter could not be read: /);
    expect(await written()).toEqual({ vms: 0, events: 0 });
    await hypervisor.close();
    hypervisor = client();
  });

  it.each([
    ["a provider member", "FORBIDDEN", provider("member")],
    ["a provider billing user", "FORBIDDEN", provider("billing")],
    ["a provider admin's read-only credential", "FORBIDDEN", provider("admin", true)],
    ["a reseller's owner", "FORBIDDEN", resellerUser(reseller, [adcock], "owner")],
    ["the customer's owner", "FORBIDDEN", customerUser(adcock, "owner")],
    ["an unauthenticated caller", "UNAUTHENTICATED", null],
  ])("refuses %s with %s, writing nothing", async (_label, code, caller) => {
    const result = await subgraph.request(SYNC, {}, { as: caller });
    expect(codes(result)).toEqual([code]);
    expect(result.data).toBeNull();
    expect(await written()).toEqual({ vms: 0, events: 0 });
  });

  it.each([
    ["a provider admin", provider("admin"), 5],
    ["a provider owner (a second sync: nothing new)", provider("owner"), 0],
  ])("lets %s sync now and answers the report", async (_label, caller, inserted) => {
    const result = await subgraph.request<{ syncVmInventory: Record<string, number> }>(SYNC, {}, { as: caller });
    expect(result.errors).toBeUndefined();
    // The demo: 12 VMs and 3 templates; only Adcock's folder (5 VMs) is linked.
    expect(result.data!.syncVmInventory).toMatchObject({ seen: 15, inserted, unchanged: 5 - inserted, unassigned: 10 });
    expect(result.data!.syncVmInventory.ms).toBeGreaterThanOrEqual(result.data!.syncVmInventory.vcenterMs!);
    expect(await written()).toEqual({ vms: 5, events: 5 });
  });
});
