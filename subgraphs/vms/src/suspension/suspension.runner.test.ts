import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms } from "../db/schema";
import { type RunnerHarness, startRunnerHarness } from "../operation/runner/runner.fixture";
import { insertSuspension, liftSuspension } from "./suspension.store";

/** A power-on queued before its organisation was suspended, run by the job runner after it. */
describe("a power-on that runs after the suspension", () => {
  let h: RunnerHarness;
  let vmId: string;
  beforeAll(async () => {
    h = await startRunnerHarness();
    await h.start();
    const created = await h.insertCreate({ name: `late-on-${randomUUID().slice(0, 6)}` });
    await h.runner.queue.enqueue(created.operationId);
    expect((await h.waitForEnd(created.operationId)).status).toBe("succeeded");
    vmId = created.vmId;
    const off = await h.insertOperation(vmId, "power_off", {}, null);
    await h.runner.queue.enqueue(off);
    expect((await h.waitForEnd(off)).status).toBe("succeeded");
  });
  afterAll(() => h?.close());

  const powerOn = async () => {
    const id = await h.insertOperation(vmId, "power_on", {}, null);
    await h.runner.queue.enqueue(id);
    return h.waitForEnd(id);
  };
  const powerState = async () => (await h.database.db.select().from(vms).where(eq(vms.id, vmId)))[0]!.powerState;

  it("fails with ORGANIZATION_SUSPENDED and leaves the VM off; after the lift it runs", async () => {
    await insertSuspension(h.database.db, {
      organizationId: h.organizationId,
      reason: "Unpaid usage",
      suspendedAt: new Date(),
    });
    expect(await powerOn()).toMatchObject({ status: "failed", errorCode: "ORGANIZATION_SUSPENDED" });
    expect(await powerState()).toBe("powered_off");

    await liftSuspension(h.database.db, h.organizationId, new Date());
    expect(await powerOn()).toMatchObject({ status: "succeeded" });
    expect(await powerState()).toBe("powered_on");
  });
});
