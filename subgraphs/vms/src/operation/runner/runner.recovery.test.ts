import { eq } from "drizzle-orm";
import PgBoss from "pg-boss";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, vmOperations, vms } from "../../db/schema";
import { JOB_SCHEMA, OPERATIONS_QUEUE } from "./operation-runner";
import { type RunnerHarness, startRunnerHarness } from "./runner.fixture";

/**
 * A process that took a job and died: a second pg-boss client on the same database fetches the
 * job (it is then active) and never completes it, as a SIGKILLed worker would leave it.
 */
async function takeJobAndDie(h: RunnerHarness, operationId: string) {
  const dead = new PgBoss({
    db: { executeSql: (text, values) => h.database.executeSql(text, values) },
    schema: JOB_SCHEMA,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  await dead.start();
  const [job] = await dead.fetch(OPERATIONS_QUEUE);
  expect(job?.id).toBe(operationId);
  await dead.stop({ graceful: false, close: false, wait: true });
}

describe("operations whose process died", () => {
  let h: RunnerHarness;
  beforeEach(async () => {
    h = await startRunnerHarness();
  });
  afterEach(() => h?.close());

  it("are run again after the job's expiry and succeed", async () => {
    // No workers yet: only the dead client takes the job.
    await h.start({ concurrency: 0, expireSeconds: 4, retryLimit: 2 });
    const { operationId } = await h.insertCreate();
    await h.runner.queue.enqueue(operationId);
    await takeJobAndDie(h, operationId);
    await h.runner.stop();

    await h.start({ expireSeconds: 4, retryLimit: 2 });
    expect((await h.waitForEnd(operationId, 30_000)).status).toBe("succeeded");
    expect(h.vmsWithMarker(operationId)).toBe(1);
  });

  it("end as failed, hold released and audited, once the job has no retries left — never RUNNING forever", async () => {
    await h.start({ concurrency: 0, expireSeconds: 4, retryLimit: 0 });
    const holdId = "7c6b5a49-3827-4165-9a4b-3c2d1e0f9a8b";
    const { operationId, vmId } = await h.insertCreate({ holdId });
    await h.runner.queue.enqueue(operationId);
    await takeJobAndDie(h, operationId);
    // The dead process had marked it running.
    await h.database.executeSql(`update vm_operations set status = 'running' where id = $1`, [operationId]);
    await h.runner.stop();

    await h.start({ expireSeconds: 4, retryLimit: 0 });
    const operation = await h.waitForEnd(operationId, 30_000);
    expect(operation).toMatchObject({ status: "failed", errorCode: "JOB_EXPIRED" });
    expect(h.money.released).toContain(holdId);
    expect((await h.database.db.select().from(vms).where(eq(vms.id, vmId)))[0]?.lifecycle).toBe("deleted");
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, operationId));
    expect(audit.map((event) => [event.kind, event.outcome])).toEqual([["vm.create", "failed"]]);
    expect(h.vmsWithMarker(operationId)).toBe(0);
  });

  it("leave a VM whose delete gave up ready again, still in vCenter", async () => {
    await h.start({ expireSeconds: 4, retryLimit: 0 });
    const created = await h.insertCreate();
    await h.runner.queue.enqueue(created.operationId);
    expect((await h.waitForEnd(created.operationId)).status).toBe("succeeded");
    await h.runner.stop();

    await h.start({ concurrency: 0, expireSeconds: 4, retryLimit: 0 });
    await h.database.db.update(vms).set({ lifecycle: "deleting" }).where(eq(vms.id, created.vmId));
    const deleteId = await h.insertOperation(created.vmId, "delete");
    await h.runner.queue.enqueue(deleteId);
    await takeJobAndDie(h, deleteId);
    await h.runner.stop();

    await h.start({ expireSeconds: 4, retryLimit: 0 });
    expect(await h.waitForEnd(deleteId, 30_000)).toMatchObject({ status: "failed", errorCode: "JOB_EXPIRED" });
    expect((await h.database.db.select().from(vms).where(eq(vms.id, created.vmId)))[0]?.lifecycle).toBe("ready");
    expect(h.vmsWithMarker(created.operationId)).toBe(1);
  });

  it("retries a transient vCenter outage with backoff, then succeeds", async () => {
    await h.start({ retryLimit: 3, retryDelaySeconds: 1 });
    const { operationId } = await h.insertCreate();
    // vCenter unreachable: every call fails with UNAVAILABLE until it is back.
    const url = h.simulator.url;
    const port = new URL(url).port;
    await h.simulator.close();
    await h.runner.queue.enqueue(operationId);
    const retried = () => h.logs.some((line) => line.includes(operationId) && line.includes("will be retried"));
    for (let waited = 0; !retried() && waited < 30_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(retried()).toBe(true);
    // Still running, waiting for its next attempt: a transient error does not fail it.
    const [waiting] = await h.database.db.select().from(vmOperations).where(eq(vmOperations.id, operationId));
    expect(waiting?.status).toBe("running");
    const { startVcenterSimulator } = await import("@dcx/vcenter-simulator");
    h.simulator = await startVcenterSimulator({ port: Number(port), taskDelayMs: 20 });
    expect((await h.waitForEnd(operationId, 60_000)).status).toBe("succeeded");
    expect(h.vmsWithMarker(operationId)).toBe(1);
  });
});

describe("a transient error on the last attempt", () => {
  it("fails the operation with the hypervisor's code and releases the hold", async () => {
    const h = await startRunnerHarness();
    try {
      await h.start({ retryLimit: 0 });
      const holdId = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b";
      const { operationId, vmId } = await h.insertCreate({ holdId });
      await h.simulator.close();
      await h.runner.queue.enqueue(operationId);
      const operation = await h.waitForEnd(operationId, 60_000);
      expect(operation).toMatchObject({ status: "failed", errorCode: "UNAVAILABLE" });
      expect(h.money.released).toContain(holdId);
      expect((await h.database.db.select().from(vms).where(eq(vms.id, vmId)))[0]?.lifecycle).toBe("deleted");
    } finally {
      await h.close();
    }
  });
});
