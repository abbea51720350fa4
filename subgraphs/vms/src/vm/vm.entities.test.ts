import { randomUUID } from "node:crypto";
import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { createVm } from "./vm.service";
import { PowerState, StorageTier } from "./vm.type";

const VM_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Vm {
  id name powerState vcpuCount memoryMib memoryGb createdAt organization { id } disks { label capacityGb tier } } } }`;
const ORGANIZATION_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  id vms { edges { node { name disks { label } } } } } } }`;

describe("vms subgraph over HTTP", () => {
  let subgraph: TestSubgraph<typeof vmsTables>;
  const organizationIds = Array.from({ length: 20 }, () => randomUUID());
  const vmIds: string[] = [];

  const entities = async (query: string, reps: Record<string, string>[]) => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request<{ _entities: unknown[] }>(query, { reps });
    expect(result.errors).toBeUndefined();
    return { entities: result.data!._entities, queries: subgraph.database.queryCount() };
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    // Two VMs with two disks each per organisation, created in reverse name order.
    for (const organizationId of organizationIds) {
      for (const name of ["web", "db"]) {
        const vm = await createVm(subgraph.database.db, {
          organizationId,
          name,
          powerState: PowerState.POWERED_ON,
          vcpuCount: 2,
          memoryMib: 3072,
          disks: [
            { label: "OS", capacityGb: 60, tier: StorageTier.PERFORMANCE },
            { label: "Data", capacityGb: 500, tier: StorageTier.ARCHIVE },
          ],
        });
        vmIds.push(vm.id);
      }
    }
  });
  afterAll(() => subgraph.close());

  it("resolves Vm references with their disks and organisation", async () => {
    const {
      entities: [web, missing, malformed],
    } = await entities(VM_ENTITIES, [
      { __typename: "Vm", id: vmIds[0]! },
      { __typename: "Vm", id: randomUUID() },
      { __typename: "Vm", id: "not-a-uuid" },
    ]);
    expect(web).toMatchObject({
      id: vmIds[0],
      name: "web",
      powerState: "POWERED_ON",
      vcpuCount: 2,
      memoryMib: 3072,
      memoryGb: 3,
      organization: { id: organizationIds[0] },
      disks: [
        { label: "OS", capacityGb: 60, tier: "PERFORMANCE" },
        { label: "Data", capacityGb: 500, tier: "ARCHIVE" },
      ],
    });
    expect(new Date((web as { createdAt: string }).createdAt).getTime()).not.toBeNaN();
    expect([missing, malformed]).toEqual([null, null]);
  });

  it("loads 2 or 20 VMs with their disks in the same two queries", async () => {
    const reps = (count: number) => vmIds.slice(0, count).map((id) => ({ __typename: "Vm", id }));
    const few = await entities(VM_ENTITIES, reps(2));
    const many = await entities(VM_ENTITIES, reps(20));
    expect(many.entities).toHaveLength(20);
    expect(many.entities.every((vm) => (vm as { disks: unknown[] }).disks.length === 2)).toBe(true);
    expect([few.queries, many.queries]).toEqual([2, 2]);
  });

  it("lists the VMs of 2 or 20 organisations by name in the same two queries", async () => {
    const reps = (count: number) => organizationIds.slice(0, count).map((id) => ({ __typename: "Organization", id }));
    const few = await entities(ORGANIZATION_ENTITIES, reps(2));
    const many = await entities(ORGANIZATION_ENTITIES, reps(20));
    expect(many.entities[19]).toEqual({
      id: organizationIds[19],
      vms: {
        edges: [
          { node: { name: "db", disks: [{ label: "OS" }, { label: "Data" }] } },
          { node: { name: "web", disks: [{ label: "OS" }, { label: "Data" }] } },
        ],
      },
    });
    expect([few.queries, many.queries]).toEqual([2, 2]);
  });

  it("gives any other organisation, even a malformed id, an empty inventory without a query", async () => {
    const { entities: result, queries } = await entities(ORGANIZATION_ENTITIES, [
      { __typename: "Organization", id: "not-a-uuid" },
    ]);
    expect(result).toEqual([{ id: "not-a-uuid", vms: { edges: [] } }]);
    expect(queries).toBe(0);
  });

  it("answers vm(id), null for an unknown id and BAD_USER_INPUT naming the argument for a malformed one", async () => {
    const query = `query($id: ID!) { vm(id: $id) { name organization { id } } }`;
    const found = await subgraph.request(query, { id: vmIds[1] });
    expect(found.data?.vm).toEqual({ name: "db", organization: { id: organizationIds[0] } });
    expect(await subgraph.request(query, { id: randomUUID() })).toEqual({ data: { vm: null } });
    const malformed = await subgraph.request(query, { id: "42" });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("answers health and readiness", async () => {
    expect((await fetch(`${subgraph.server.url}/health`)).status).toBe(200);
    expect((await fetch(`${subgraph.server.url}/ready`)).status).toBe(200);
  });
});
