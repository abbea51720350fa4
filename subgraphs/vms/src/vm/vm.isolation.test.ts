import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVmsContext } from "../context";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { UNCONFIGURED_VMS_DEPS } from "../vms.deps";
import { OrganizationVmsResolver } from "../organization/organization.resolver";
import { VmOrder } from "../organization/vm-list.args";
import { createVm } from "./vm.service";
import { StorageTier, type Vm } from "./vm.type";

const VM_BY_ID = `query($id: ID!) { vm(id: $id) { id name disks { label } organization { id } } }`;
const VM_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Vm { id name disks { label } organization { id } } } }`;
const ORGANIZATION_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { id vms { edges { node { id name disks { label } } } } } } }`;

describe("vms isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  let subgraph: TestSubgraph<typeof vmsTables>;
  let ownerVm: Vm;
  let foreignVm: Vm;

  const addVm = (organizationId: string, name: string) =>
    createVm(subgraph.database.db, {
      organizationId,
      name,
      vcpuCount: 2,
      memoryMib: 4096,
      disks: [{ label: "OS", capacityGb: 60, tier: StorageTier.STANDARD }],
    });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    ownerVm = await addVm(owner, "owner-web");
    foreignVm = await addVm(foreign, "foreign-web");
  });
  afterAll(() => subgraph.close());

  const entities = (query: string, typename: string, ids: string[], as: Caller | null) =>
    subgraph.request<{ _entities: unknown[] }>(
      query,
      { reps: ids.map((id) => ({ __typename: typename, id })) },
      { as },
    );
  const ownerVmData = () => ({
    id: ownerVm.id,
    name: "owner-web",
    disks: [{ label: "OS" }],
    organization: { id: owner },
  });

  describe.each(allowed)("%s", (_, caller) => {
    it("reads vm(id)", async () => {
      expect(await subgraph.request(VM_BY_ID, { id: ownerVm.id }, { as: caller })).toEqual({
        data: { vm: ownerVmData() },
      });
    });

    it("resolves the Vm reference", async () => {
      const result = await entities(VM_ENTITIES, "Vm", [ownerVm.id], caller);
      expect(result).toEqual({ data: { _entities: [ownerVmData()] } });
    });

    it("lists Organization.vms", async () => {
      const result = await entities(ORGANIZATION_ENTITIES, "Organization", [owner], caller);
      const { organization: _, ...vm } = ownerVmData();
      expect(result).toEqual({ data: { _entities: [{ id: owner, vms: { edges: [{ node: vm }] } }] } });
    });
  });

  describe.each(denied)("%s", (_, caller) => {
    it("gets null from vm(id), exactly as for an id that does not exist", async () => {
      const result = await subgraph.request(VM_BY_ID, { id: ownerVm.id }, { as: caller });
      if (caller) {
        expect(result).toEqual({ data: { vm: null } });
        expect(await subgraph.request(VM_BY_ID, { id: randomUUID() }, { as: caller })).toEqual(result);
      } else {
        expect(result.data?.vm).toBeNull();
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      }
    });

    it("gets null for the Vm and the Organization references without a query", async () => {
      subgraph.database.resetQueryCount();
      expect(await entities(VM_ENTITIES, "Vm", [ownerVm.id], caller)).toEqual({ data: { _entities: [null] } });
      expect(await entities(ORGANIZATION_ENTITIES, "Organization", [owner], caller)).toEqual({
        data: { _entities: [null] },
      });
      // The Vm lookup is one filtered query for a signed-in caller; nothing at all without one.
      expect(subgraph.database.queryCount()).toBe(caller ? 1 : 0);
    });

    it("behind the reference, Organization.vms is empty and the loaders read nothing in SQL", async () => {
      const ctx = createVmsContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" }, UNCONFIGURED_VMS_DEPS);
      const listed = await new OrganizationVmsResolver().vms({ id: owner }, 50, null, null, null, ctx);
      expect(listed.edges).toEqual([]);
      expect(await ctx.loaders.vmById.load(ownerVm.id)).toBeNull();
      const args = { first: 50, after: null, powerState: null, search: null, order: VmOrder.NAME_ASC };
      expect(await ctx.loaders.vmPageByOrganizationId(args).load(owner)).toEqual({ vms: [], hasNextPage: false });
      expect(await ctx.loaders.vmCountByOrganizationId(args).load(owner)).toBe(0);
      expect(await ctx.loaders.disksByVmId.load(ownerVm.id)).toEqual([]);
    });
  });

  it("answers a mixed batch with only what the caller may see", async () => {
    const [, foreignReseller] = denied[1]!;
    const vmsResult = await entities(VM_ENTITIES, "Vm", [ownerVm.id, foreignVm.id], foreignReseller);
    expect(vmsResult.data?._entities).toEqual([null, expect.objectContaining({ id: foreignVm.id })]);
    const organizations = await entities(ORGANIZATION_ENTITIES, "Organization", [owner, foreign], foreignReseller);
    expect(organizations.data?._entities).toEqual([
      null,
      { id: foreign, vms: { edges: [{ node: { id: foreignVm.id, name: "foreign-web", disks: [{ label: "OS" }] } }] } },
    ]);
  });

  it("keeps a reseller's query count at two for 2 and 20 customers", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    for (const customer of customers) await addVm(customer, "app");
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await entities(ORGANIZATION_ENTITIES, "Organization", ids, reseller);
      const listed = result.data?._entities as { vms: { edges: unknown[] } }[];
      expect(listed.every((org) => org.vms.edges.length === 1)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(customers.slice(0, 2)), await queriesFor(customers)]).toEqual([2, 2]);
  });
});
