import "../index";
import { randomUUID } from "node:crypto";
import { customerUser, providerStaff, startTestSubgraph, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, vmOperations, vms, vmSuspensions, type vmsTables } from "../db/schema";
import { createVmsSubgraph } from "../index";
import { recordingQueue } from "../operation/operation.test-support";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import { UNCONFIGURED_VMS_DEPS, type VmsDeps } from "../vms.deps";
import { LIFT, SUSPEND, type SuspensionAnswer, suspensionCallers, trusting } from "./suspension.fixture";
import { REASON_MAX_LENGTH } from "./suspension.input";

/**
 * The vms subgraph over HTTP trusting four services' keys: only `wallet` may suspend and lift;
 * any other service, and every person through the gateway, is refused before the input is read
 * (a blank reason is not even looked at), with nothing written.
 */
describe("who may suspend an organisation's VMs", () => {
  const callers = suspensionCallers();
  const logs: string[] = [];
  const deps: VmsDeps = { ...UNCONFIGURED_VMS_DEPS, log: (line) => logs.push(line) };
  let subgraph: TestSubgraph<typeof vmsTables>;
  let organizationId: string;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      createVmsSubgraph(() => deps),
      undefined,
      {
        trustedServices: trusting(Object.values(callers)),
      },
    );
    organizationId = randomUUID();
    await createVm(subgraph.database.db, {
      organizationId,
      name: "web-01",
      vcpuCount: 2,
      memoryMib: 2048,
      powerState: PowerState.POWERED_ON,
      disks: [{ label: "OS", capacityGb: 20, tier: StorageTier.STANDARD }],
    });
  });
  afterAll(() => subgraph?.close());

  const url = () => subgraph.server.graphqlUrl;
  const written = async () => ({
    suspensions: await subgraph.database.db.$count(vmSuspensions),
    audit: await subgraph.database.db.$count(auditEvents),
    operations: await subgraph.database.db.$count(vmOperations),
  });
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;
  /** No suspension answered: `data` null (suspend) or its field null (lift is nullable). */
  const answeredNothing = (answer: { data?: Record<string, unknown> | null }) =>
    Object.values(answer.data ?? {}).every((value) => value === null);

  it("refuses every other trusted service, even with nonsense input, writing nothing", async () => {
    const before = await written();
    for (const keys of [callers.vms, callers.billing, callers.catalog]) {
      const client = keys.client({ vms: url() });
      for (const [query, variables] of [
        [SUSPEND, { org: organizationId, reason: "Unpaid usage" }],
        [SUSPEND, { org: organizationId, reason: "" }],
        [LIFT, { org: organizationId }],
      ] as const) {
        const answer = await client.request("vms", query, variables);
        expect(answeredNothing(answer), keys.service).toBe(true);
        expect(codeOf(answer), keys.service).toBe("FORBIDDEN");
        expect(answer.errors?.[0]?.extensions?.service, keys.service).toBe(keys.service);
      }
    }
    expect(await written()).toEqual(before);
  });

  it("refuses a key the vms subgraph does not trust, even one signing as the wallet", async () => {
    const before = await written();
    const impostor = testServiceKeys("wallet").client({ vms: url() });
    const answer = await impostor.request("vms", SUSPEND, { org: organizationId, reason: "Unpaid usage" });
    expect(codeOf(answer)).toBe("UNAUTHENTICATED");
    expect(await written()).toEqual(before);
  });

  it("refuses every person through the gateway: FORBIDDEN, or UNAUTHENTICATED without a caller", async () => {
    const before = await written();
    for (const [as, code] of [
      [providerStaff({ role: "owner" }), "FORBIDDEN"],
      [customerUser(organizationId, "owner"), "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const) {
      for (const [query, variables] of [
        [SUSPEND, { org: organizationId, reason: "Unpaid usage" }],
        [SUSPEND, { org: organizationId, reason: "" }],
        [LIFT, { org: organizationId }],
      ] as const) {
        const answer = await subgraph.request(query, variables, { as });
        expect(answeredNothing(answer)).toBe(true);
        expect(codeOf(answer)).toBe(code);
      }
    }
    expect(await written()).toEqual(before);
  });

  it("checks the wallet's input: a UUID and a reason of 1–500 characters", async () => {
    const wallet = callers.wallet.client({ vms: url() });
    const before = await written();
    for (const [variables, field] of [
      [{ org: "not-an-id", reason: "Unpaid usage" }, "organizationId"],
      [{ org: organizationId, reason: "   " }, "reason"],
      [{ org: organizationId, reason: "x".repeat(REASON_MAX_LENGTH + 1) }, "reason"],
      [{ org: organizationId, reason: "Unpaid\u0000usage" }, "reason"],
    ] as const) {
      const answer = await wallet.request("vms", SUSPEND, variables);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const lift = await wallet.request("vms", LIFT, { org: "not-an-id" });
    expect(lift.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationId" });
    expect(await written()).toEqual(before);
  });

  it("lets the wallet suspend and lift; without a job runner nothing is powered off, which is logged", async () => {
    const wallet = callers.wallet.client({ vms: url() });
    const reason = "x".repeat(REASON_MAX_LENGTH);
    const suspended = await wallet.request<{ suspendOrganizationVms: SuspensionAnswer }>("vms", SUSPEND, {
      org: organizationId,
      reason: `  ${reason}  `,
    });
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data?.suspendOrganizationVms).toMatchObject({
      organizationId,
      reason,
      liftedAt: null,
      powerOffOperations: 0,
    });
    const [vm] = await subgraph.database.db.select().from(vms).where(eq(vms.organizationId, organizationId));
    expect(vm!.powerState).toBe("powered_on");
    expect(logs).toContainEqual(
      `organisation ${organizationId} suspended: no job runner is configured, so no VM is powered off`,
    );
    const lifted = await wallet.request<{ liftVmSuspension: SuspensionAnswer | null }>("vms", LIFT, {
      org: organizationId,
    });
    expect(lifted.data?.liftVmSuspension).toMatchObject({ organizationId, liftedAt: expect.any(String) });
    expect(await written()).toMatchObject({ suspensions: 1, audit: 2, operations: 0 });
  });

  it("with a queue, writes one power-off per running VM for the wallet's suspension", async () => {
    const queue = recordingQueue();
    deps.queue = queue;
    try {
      const wallet = callers.wallet.client({ vms: url() });
      const answer = await wallet.request<{ suspendOrganizationVms: SuspensionAnswer }>("vms", SUSPEND, {
        org: organizationId,
        reason: "Unpaid usage",
      });
      expect(answer.data?.suspendOrganizationVms.powerOffOperations).toBe(1);
      const operations = await subgraph.database.db
        .select()
        .from(vmOperations)
        .where(eq(vmOperations.organizationId, organizationId));
      expect(queue.enqueued).toEqual(operations.map((operation) => operation.id));
      expect(operations).toMatchObject([{ kind: "power_off", status: "queued", requestedByKind: "suspension" }]);
    } finally {
      deps.queue = null;
    }
  });

  it("keeps the mutations out of the public graph (@inaccessible)", async () => {
    const answer = await subgraph.request<{ _service: { sdl: string } }>("{ _service { sdl } }");
    const sdl = answer.data!._service.sdl;
    expect(sdl).toMatch(/suspendOrganizationVms\([^)]*\): VmSuspension! @inaccessible/);
    expect(sdl).toMatch(/liftVmSuspension\([^)]*\): VmSuspension @inaccessible/);
  });
});
