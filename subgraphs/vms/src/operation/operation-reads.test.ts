import { randomUUID } from "node:crypto";
import { tenantCallers } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VmsContext } from "../context";
import { vmOperations, vms } from "../db/schema";
import { operationLoaders } from "./operation.loaders";
import {
  codes,
  fields,
  OPERATION,
  type OperationsHarness,
  PowerState,
  seedVm,
  startOperationsHarness,
} from "./operation.test-support";

const VM_OPERATION = `query($id: ID!) { vmOperation(id: $id) { ${OPERATION} } }`;
const VM_OPERATIONS = `query($reps: [_Any!]!, $first: Int) { _entities(representations: $reps) { ... on Vm {
  id operations(first: $first) { id kind } } } }`;
const ORGANIZATION_OPERATIONS = `query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
  ... on Organization { id vmOperations(first: $first, after: $after) { edges { cursor node { id kind vm { id } } } pageInfo { hasNextPage endCursor } } } } }`;

type Connection = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe("reading VM operations", () => {
  let h: OperationsHarness;
  const tenants = tenantCallers();
  /** The owner's operations, oldest first. */
  const operationIds: string[] = [];
  let vmId: string;

  const organizationPage = async (
    caller: Parameters<typeof h.subgraph.request>[2],
    organizationId: string,
    first?: number,
    after?: string,
  ) => {
    const result = await h.subgraph.request<{ _entities: ({ vmOperations: Connection } | null)[] }>(
      ORGANIZATION_OPERATIONS,
      { reps: [{ __typename: "Organization", id: organizationId }], first, after },
      caller,
    );
    return result;
  };

  beforeAll(async () => {
    h = await startOperationsHarness();
    const vm = await seedVm(h.subgraph, tenants.owner, { name: "web-01", powerState: PowerState.POWERED_ON });
    vmId = vm.id;
    const db = h.subgraph.database.db;
    // Five finished operations on the owner's VM, and one on a foreign VM.
    for (const mutation of ["rebootVm", "rebootVm", "suspendVm", "powerOnVm", "rebootVm"]) {
      const result = await h.subgraph.request<Record<string, { id: string }>>(
        `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
        { id: vm.id },
      );
      expect(result.errors).toBeUndefined();
      const id = result.data![mutation]!.id;
      operationIds.push(id);
      // The runner's part, done by hand: finish it and move the VM on, so the next may start.
      await db.update(vmOperations).set({ status: "succeeded", progress: 100 }).where(eq(vmOperations.id, id));
      const power = mutation === "suspendVm" ? "suspended" : "powered_on";
      await db.update(vms).set({ powerState: power }).where(eq(vms.id, vm.id));
    }
    const foreignVm = await seedVm(h.subgraph, tenants.foreign);
    await h.subgraph.request(`mutation($id: ID!) { rebootVm(id: $id) { id } }`, { id: foreignVm.id });
  }, 120_000);
  afterAll(() => h?.close());

  describe.each(tenants.allowed)("%s", (_label, caller) => {
    it("reads an operation, the VM's operations newest first and the organisation's", async () => {
      const one = await h.subgraph.request<{
        vmOperation: {
          id: string;
          kind: string;
          status: string;
          progress: number;
          vm: { id: string };
          requestedBy: { kind: string };
        };
      }>(VM_OPERATION, { id: operationIds[2] }, { as: caller });
      expect(one.data?.vmOperation).toMatchObject({
        id: operationIds[2],
        kind: "SUSPEND",
        status: "SUCCEEDED",
        progress: 100,
        vm: { id: vmId },
        requestedBy: { kind: "USER" },
      });

      const list = await h.subgraph.request<{ _entities: { operations: { id: string }[] }[] }>(
        VM_OPERATIONS,
        { reps: [{ __typename: "Vm", id: vmId }], first: 3 },
        { as: caller },
      );
      expect(list.data?._entities[0]?.operations.map((operation) => operation.id)).toEqual(
        operationIds.slice(2).reverse(),
      );

      const page = await organizationPage({ as: caller }, tenants.owner);
      expect(page.data?._entities[0]?.vmOperations.edges.map((edge) => edge.node.id)).toEqual(
        [...operationIds].reverse(),
      );
    });
  });

  describe.each(tenants.denied)("%s", (_label, caller) => {
    it("sees none of the owner's operations", async () => {
      const one = await h.subgraph.request(VM_OPERATION, { id: operationIds[0] }, { as: caller });
      if (caller) expect(one.data).toEqual({ vmOperation: null });
      else expect(codes(one)).toEqual(["UNAUTHENTICATED"]);

      const list = await h.subgraph.request<{ _entities: (unknown | null)[] }>(
        VM_OPERATIONS,
        { reps: [{ __typename: "Vm", id: vmId }] },
        { as: caller },
      );
      expect(list.data?._entities).toEqual([null]);

      const page = await organizationPage({ as: caller }, tenants.owner);
      expect(page.data?._entities).toEqual([null]);
    });
  });

  it.each(tenants.denied)("the loaders themselves read nothing of the owner's for %s", async (_label, caller) => {
    const ctx = { db: h.subgraph.database.db, caller } as unknown as VmsContext;
    const loaders = operationLoaders(ctx);
    expect(await loaders.operationById.load(operationIds[0]!)).toBeNull();
    expect(await loaders.latestOperationsByVmId(20).load(vmId)).toEqual([]);
    expect(await loaders.operationPageByOrganizationId(20, null).load(tenants.owner)).toEqual({
      operations: [],
      hasNextPage: false,
    });
  });

  it("pages an organisation's operations newest first with an opaque cursor", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const pages: boolean[] = [];
    do {
      const result = await organizationPage({}, tenants.owner, 2, after);
      expect(result.errors).toBeUndefined();
      const connection = result.data!._entities[0]!.vmOperations;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      pages.push(connection.pageInfo.hasNextPage);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual([...operationIds].reverse());
    expect(pages).toEqual([true, true, false]);
  });

  it.each([
    ["a cursor it did not make", { after: "bm90LWEtY3Vyc29y" }, "after"],
    ["a negative page size", { first: -1 }, "first"],
  ])("refuses %s (BAD_USER_INPUT)", async (_label, args, field) => {
    const result = await h.subgraph.request(ORGANIZATION_OPERATIONS, {
      reps: [{ __typename: "Organization", id: tenants.owner }],
      ...args,
    });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fields(result)).toEqual([field]);
  });

  it("answers null for an unknown operation id, as for one the caller cannot see", async () => {
    const result = await h.subgraph.request(VM_OPERATION, { id: randomUUID() });
    expect(result.data).toEqual({ vmOperation: null });
  });

  it("loads the operations of 2 or 20 organisations, or their VMs, in the same number of queries", async () => {
    const organizations = Array.from({ length: 20 }, () => randomUUID());
    const vmIds: string[] = [];
    for (const organizationId of organizations) {
      const vm = await seedVm(h.subgraph, organizationId);
      vmIds.push(vm.id);
      await h.subgraph.request(`mutation($id: ID!) { rebootVm(id: $id) { id } }`, { id: vm.id });
    }
    const queriesFor = async (query: string, reps: Record<string, string>[]) => {
      h.subgraph.database.resetQueryCount();
      const result = await h.subgraph.request(query, { reps });
      expect(result.errors).toBeUndefined();
      return h.subgraph.database.queryCount();
    };
    const orgReps = (count: number) => organizations.slice(0, count).map((id) => ({ __typename: "Organization", id }));
    const vmReps = (count: number) => vmIds.slice(0, count).map((id) => ({ __typename: "Vm", id }));
    expect(await queriesFor(ORGANIZATION_OPERATIONS, orgReps(20))).toBe(
      await queriesFor(ORGANIZATION_OPERATIONS, orgReps(2)),
    );
    expect(await queriesFor(VM_OPERATIONS, vmReps(20))).toBe(await queriesFor(VM_OPERATIONS, vmReps(2)));
  });
});
