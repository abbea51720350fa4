import "../index";
import { randomUUID } from "node:crypto";
import { startTestSubgraph, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, vmOperations, vmSuspensions, type vmsTables } from "../db/schema";
import { createVmsSubgraph } from "../index";
import { recordingQueue } from "../operation/operation.test-support";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import { UNCONFIGURED_VMS_DEPS, type VmsDeps } from "../vms.deps";
import { SUSPEND, type SuspensionAnswer, trusting } from "./suspension.fixture";
import { sweepSuspendedVms } from "./suspension.sweep";

/**
 * Retries and replicas at once: one suspension per organisation, one power-off per VM. (These
 * truly race on a PostgreSQL server, `TEST_POSTGRES_URL`; PGlite runs transactions one by one.)
 */
describe("suspensions under concurrency", () => {
  const wallet = testServiceKeys("wallet");
  const queue = recordingQueue();
  const deps: VmsDeps = { ...UNCONFIGURED_VMS_DEPS, queue, log: () => {} };
  let subgraph: TestSubgraph<typeof vmsTables>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      createVmsSubgraph(() => deps),
      undefined,
      { trustedServices: trusting([wallet]) },
    );
  });
  afterAll(() => subgraph?.close());

  const runningVms = async (organizationId: string, count: number) => {
    for (let n = 0; n < count; n++) {
      await createVm(subgraph.database.db, {
        organizationId,
        name: `node-${n}`,
        vcpuCount: 1,
        memoryMib: 1024,
        powerState: PowerState.POWERED_ON,
        disks: [{ label: "OS", capacityGb: 10, tier: StorageTier.STANDARD }],
      });
    }
  };
  const operationsOf = (organizationId: string) =>
    subgraph.database.db.select().from(vmOperations).where(eq(vmOperations.organizationId, organizationId));

  it("ten simultaneous suspends make one suspension, one audit event and one power-off per VM", async () => {
    const organizationId = randomUUID();
    await runningVms(organizationId, 3);
    const client = wallet.client({ vms: subgraph.server.graphqlUrl });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        client.request<{ suspendOrganizationVms: SuspensionAnswer }>("vms", SUSPEND, {
          org: organizationId,
          reason: `Unpaid usage (attempt ${n})`,
        }),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const suspensions = answers.map((answer) => answer.data!.suspendOrganizationVms);
    expect(new Set(suspensions.map((suspension) => suspension.suspendedAt)).size).toBe(1);
    expect(new Set(suspensions.map((suspension) => suspension.reason)).size).toBe(1);
    const rows = await subgraph.database.db
      .select()
      .from(vmSuspensions)
      .where(eq(vmSuspensions.organizationId, organizationId));
    expect(rows).toHaveLength(1);
    const events = await subgraph.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, organizationId));
    expect(events.map((event) => event.kind)).toEqual(["suspension.started"]);
    const operations = await operationsOf(organizationId);
    expect(operations).toHaveLength(3);
    expect(new Set(operations.map((operation) => operation.vmId)).size).toBe(3);
  });

  it("five sweeps at once queue one power-off per running VM of suspended organisations", async () => {
    const organizationId = randomUUID();
    await runningVms(organizationId, 4);
    // Suspended directly in the database: no sweep of its own has run yet.
    await subgraph.database.db.insert(vmSuspensions).values({ organizationId, reason: "Unpaid usage" });
    const sweepDeps = { db: subgraph.database.db, queue, clock: () => new Date(), log: () => {} };
    const reports = await Promise.all(Array.from({ length: 5 }, () => sweepSuspendedVms(sweepDeps)));
    expect(reports.reduce((sum, report) => sum + report.queued, 0)).toBe(4);
    const operations = await operationsOf(organizationId);
    expect(operations).toHaveLength(4);
    expect(new Set(operations.map((operation) => operation.vmId)).size).toBe(4);
    expect(queue.enqueued).toEqual(expect.arrayContaining(operations.map((operation) => operation.id)));
  });
});
