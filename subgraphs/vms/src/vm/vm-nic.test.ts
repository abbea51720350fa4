import { randomUUID } from "node:crypto";
import { startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVmsContext } from "../context";
import { vmNics, vms, type vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { UNCONFIGURED_VMS_DEPS } from "../vms.deps";

const VCENTER_FIELDS = `id instanceUuid guestOs ipAddresses host datastore toolsStatus updatedAt
  nics { id portGroup macAddress ipMode ipAddress }`;
const VM_BY_ID = `query($id: ID!) { vm(id: $id) { ${VCENTER_FIELDS} } }`;
const VM_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Vm { id nics { macAddress } } } }`;

describe("Vm: what vCenter reports, and its NICs", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  let subgraph: TestSubgraph<typeof vmsTables>;
  const updatedAt = new Date("2026-11-26T10:00:00Z");

  /** A VM as the inventory sync records it, with two NICs: one DHCP, one static. */
  const addVm = async (organizationId: string, name: string) => {
    const [vm] = await subgraph.database.db
      .insert(vms)
      .values({
        organizationId,
        name,
        powerState: "powered_on",
        vcpuCount: 2,
        memoryMib: 4096,
        instanceUuid: randomUUID(),
        guestOs: "Ubuntu Linux (64-bit)",
        ipAddresses: ["10.20.0.15", "10.30.0.9"],
        host: "esx01.jhb1.dcx.local",
        datastore: "ds-standard-01",
        toolsStatus: "guestToolsRunning",
        updatedAt,
      })
      .returning();
    await subgraph.database.db.insert(vmNics).values([
      { vmId: vm!.id, position: 0, portGroup: "VM Network", macAddress: "00:50:56:00:00:01", ipAddress: "10.20.0.15" },
      {
        vmId: vm!.id,
        position: 1,
        portGroup: "pg-backend",
        macAddress: "00:50:56:00:00:02",
        ipMode: "static",
        ipAddress: "10.30.0.9",
      },
    ]);
    return vm!;
  };
  let ownerVm: Awaited<ReturnType<typeof addVm>>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    ownerVm = await addVm(owner, "owner-web");
    await addVm(foreign, "foreign-web");
  });
  afterAll(() => subgraph.close());

  describe.each(allowed)("%s", (_label, caller) => {
    it("reads the vCenter fields and the NICs in order", async () => {
      const result = await subgraph.request(VM_BY_ID, { id: ownerVm.id }, { as: caller });
      expect(result).toEqual({
        data: {
          vm: {
            id: ownerVm.id,
            instanceUuid: ownerVm.instanceUuid,
            guestOs: "Ubuntu Linux (64-bit)",
            ipAddresses: ["10.20.0.15", "10.30.0.9"],
            host: "esx01.jhb1.dcx.local",
            datastore: "ds-standard-01",
            toolsStatus: "guestToolsRunning",
            updatedAt: updatedAt.toISOString(),
            nics: [
              {
                id: expect.any(String),
                portGroup: "VM Network",
                macAddress: "00:50:56:00:00:01",
                ipMode: "DHCP",
                ipAddress: "10.20.0.15",
              },
              {
                id: expect.any(String),
                portGroup: "pg-backend",
                macAddress: "00:50:56:00:00:02",
                ipMode: "STATIC",
                ipAddress: "10.30.0.9",
              },
            ],
          },
        },
      });
    });
  });

  describe.each(denied)("%s", (_label, caller) => {
    it("sees neither the VM nor, behind it, its NICs (not even loaded)", async () => {
      expect((await subgraph.request(VM_BY_ID, { id: ownerVm.id }, { as: caller })).data).toEqual({ vm: null });
      const ctx = createVmsContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" }, UNCONFIGURED_VMS_DEPS);
      expect(await ctx.loaders.nicsByVmId.load(ownerVm.id)).toEqual([]);
    });
  });

  it("loads the NICs of any number of VMs in one query", async () => {
    const ids = [ownerVm.id];
    for (let i = 0; i < 9; i += 1) ids.push((await addVm(owner, `owner-${i}`)).id);
    const queriesFor = async (count: number) => {
      subgraph.database.resetQueryCount();
      const result = await subgraph.request<{ _entities: { nics: unknown[] }[] }>(VM_ENTITIES, {
        reps: ids.slice(0, count).map((id) => ({ __typename: "Vm", id })),
      });
      expect(result.data!._entities.every((vm) => vm.nics.length === 2)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(2), await queriesFor(10)]).toEqual([2, 2]);
  });
});
