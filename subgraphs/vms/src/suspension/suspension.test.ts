import "../index";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms, vmSuspensions } from "../db/schema";
import { codes, OPERATION, rowCounts } from "../operation/operation.test-support";
import {
  eventsOf,
  ORGANIZATION_SUSPENSION,
  type SuspensionAnswer,
  type SuspensionHarness,
  startSuspensionHarness,
} from "./suspension.fixture";

const POWER_ON = `mutation($id: ID!) { powerOnVm(id: $id) { ${OPERATION} } }`;
const DELETE = `mutation($id: ID!, $name: String!) { deleteVm(id: $id, confirmName: $name) { ${OPERATION} } }`;
const CREATE = `mutation($input: CreateVmInput!) { createVm(input: $input) { ${OPERATION} } }`;
const REASON = "Unpaid usage: R 1 250.00 past the credit limit";

/**
 * The wallet suspends an organisation with three VMs (two running) and lifts the suspension, with
 * the real job runner powering VMs off in the vCenter simulator.
 */
describe("suspending an organisation's VMs for unpaid usage", () => {
  let h: SuspensionHarness;
  let first: SuspensionAnswer;
  let suspensionId: string;
  beforeAll(async () => {
    h = await startSuspensionHarness();
  });
  afterAll(() => h?.close());

  const owner = () => ({ as: h.owner });
  const readSuspension = async () =>
    (
      await h.subgraph.request<{ _entities: { vmSuspension: SuspensionAnswer | null }[] }>(
        ORGANIZATION_SUSPENSION,
        { reps: [{ __typename: "Organization", id: h.organizationId }] },
        owner(),
      )
    ).data?._entities[0]?.vmSuspension;

  it("powers the two running VMs off through operations the suspension queued, and audits why", async () => {
    expect(await h.powerStates()).toEqual({
      "vc-k8s-node-01": "powered_on",
      "vc-k8s-node-02": "powered_on",
      "vc-backup-01": "powered_off",
    });
    first = await h.suspend(REASON);
    expect(first).toEqual({
      organizationId: h.organizationId,
      suspendedAt: expect.any(String),
      reason: REASON,
      liftedAt: null,
      powerOffOperations: 2,
    });
    [{ id: suspensionId }] = (await h.subgraph.database.db
      .select({ id: vmSuspensions.id })
      .from(vmSuspensions)
      .where(eq(vmSuspensions.organizationId, h.organizationId))) as [{ id: string }];

    const queued = await h.operationsOf();
    expect(queued.map((operation) => [operation.vmId, operation.kind, operation.requestedByKind])).toEqual(
      expect.arrayContaining([
        [h.vmIds["vc-k8s-node-01"], "power_off", "suspension"],
        [h.vmIds["vc-k8s-node-02"], "power_off", "suspension"],
      ]),
    );
    expect(queued).toHaveLength(2);
    expect(queued.every((operation) => operation.requestedById === suspensionId)).toBe(true);

    await h.settle();
    const ended = await h.operationsOf();
    expect(ended.map((operation) => operation.status)).toEqual(["succeeded", "succeeded"]);
    expect(await h.powerStates()).toEqual({
      "vc-k8s-node-01": "powered_off",
      "vc-k8s-node-02": "powered_off",
      "vc-backup-01": "powered_off",
    });
    for (const name of ["vc-k8s-node-01", "vc-k8s-node-02"]) {
      const vm = Object.values(h.simulator.state.vms).find((candidate) => candidate.name === name)!;
      expect(vm.powerState, name).toBe("poweredOff");
    }

    // Each power-off's event names the suspension as the actor and says why.
    const powerOffs = await eventsOf(h.subgraph, h.organizationId, "vm.power_off");
    expect(powerOffs).toHaveLength(2);
    for (const event of powerOffs) {
      expect(event).toMatchObject({
        actorKind: "suspension",
        actorId: suspensionId,
        outcome: "succeeded",
        after: { powerState: "powered_off" },
        message: `Powered off: the organisation is suspended (${REASON})`,
      });
    }
    const [started, ...more] = await eventsOf(h.subgraph, h.organizationId, "suspension.started");
    expect(more).toEqual([]);
    expect(started).toMatchObject({
      vmId: null,
      actorKind: "suspension",
      actorId: suspensionId,
      outcome: "succeeded",
      after: { suspendedAt: first.suspendedAt, reason: REASON },
    });
    expect(started!.message).toContain(REASON);

    // Through the graph, the trail reads the same.
    const trail = await h.subgraph.request<{
      auditEvents: { edges: { node: { kind: string; actor: { kind: string; id: string }; message: string } }[] };
    }>(
      `query($org: ID!) { auditEvents(organizationId: $org) { edges { node { kind actor { kind id } message } } } }`,
      { org: h.organizationId },
      owner(),
    );
    expect(trail.data?.auditEvents.edges.map(({ node }) => [node.kind, node.actor])).toEqual(
      expect.arrayContaining([
        ["vm.power_off", { kind: "SUSPENSION", id: suspensionId }],
        ["suspension.started", { kind: "SUSPENSION", id: suspensionId }],
      ]),
    );
    expect(await readSuspension()).toEqual(first);
  });

  it("answers the same suspension when suspended again, queuing nothing more", async () => {
    const before = await rowCounts(h.subgraph);
    const again = await h.suspend("Another reason, sent again by a retry");
    expect(again).toEqual(first);
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(await h.subgraph.database.db.$count(vmSuspensions)).toBe(1);
  });

  it("refuses powering on and creating VMs while suspended, writing and holding nothing", async () => {
    const before = await rowCounts(h.subgraph);
    const powerOn = await h.subgraph.request(POWER_ON, { id: h.vmIds["vc-backup-01"] }, owner());
    expect(powerOn.data).toBeNull();
    expect(powerOn.errors?.[0]?.extensions).toEqual({
      code: "ORGANIZATION_SUSPENDED",
      organizationId: h.organizationId,
      suspendedAt: first.suspendedAt,
    });
    expect(powerOn.errors?.[0]?.message).toContain(REASON);

    const created = await h.subgraph.request(
      CREATE,
      {
        input: {
          organizationId: h.organizationId,
          name: "new-web",
          size: "general.small",
          idempotencyKey: "suspended-create-1",
        },
      },
      owner(),
    );
    expect(codes(created)).toEqual(["ORGANIZATION_SUSPENDED"]);
    expect(created.errors?.[0]?.extensions).toMatchObject({
      organizationId: h.organizationId,
      suspendedAt: first.suspendedAt,
    });
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(h.money.reserved).toEqual([]);
  });

  it("still lets a VM be deleted while suspended", async () => {
    const deleted = await h.subgraph.request<{ deleteVm: { status: string } }>(
      DELETE,
      { id: h.vmIds["vc-backup-01"], name: "vc-backup-01" },
      owner(),
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteVm.status).toBe("QUEUED");
    await h.settle();
    const [row] = await h.subgraph.database.db.select().from(vms).where(eq(vms.id, h.vmIds["vc-backup-01"]!));
    expect(row!.lifecycle).toBe("deleted");
  });

  it("lifts: the suspension ends, is audited, VMs stay off, and they may be powered on again", async () => {
    const lifted = await h.lift();
    expect(lifted).toEqual({ ...first, liftedAt: expect.any(String) });
    expect(Date.parse(lifted!.liftedAt!)).toBeGreaterThanOrEqual(Date.parse(first.suspendedAt));
    const [event, ...more] = await eventsOf(h.subgraph, h.organizationId, "suspension.lifted");
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorKind: "suspension",
      actorId: suspensionId,
      before: { suspendedAt: first.suspendedAt, reason: REASON },
      after: { liftedAt: lifted!.liftedAt },
    });
    expect(await readSuspension()).toBeNull();
    expect(await h.powerStates()).toMatchObject({ "vc-k8s-node-01": "powered_off", "vc-k8s-node-02": "powered_off" });

    const powerOn = await h.subgraph.request<{ powerOnVm: { status: string } }>(
      POWER_ON,
      { id: h.vmIds["vc-k8s-node-01"] },
      owner(),
    );
    expect(powerOn.errors).toBeUndefined();
    expect(powerOn.data?.powerOnVm.status).toBe("QUEUED");
    await h.settle();
    expect(await h.powerStates()).toMatchObject({ "vc-k8s-node-01": "powered_on" });

    // Nothing to lift any more: null, and nothing written.
    const before = await rowCounts(h.subgraph);
    expect(await h.lift()).toBeNull();
    expect(await rowCounts(h.subgraph)).toEqual(before);
  });

  it("starts a new suspension after a lift, counting only its own power-offs", async () => {
    const second = await h.suspend("Unpaid usage again");
    expect(second).toMatchObject({ reason: "Unpaid usage again", liftedAt: null, powerOffOperations: 1 });
    expect(second.suspendedAt).not.toBe(first.suspendedAt);
    await h.settle();
    expect(await h.powerStates()).toMatchObject({ "vc-k8s-node-01": "powered_off" });
    expect(await h.subgraph.database.db.$count(vmSuspensions)).toBe(2);
  });
});
