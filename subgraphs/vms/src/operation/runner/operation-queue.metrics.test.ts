import { ServiceMetrics } from "@dcx/kit";
import { seriesValue } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS_QUEUE } from "./operation-runner";
import { observeOperationQueue } from "./operation-queue.metrics";
import { type RunnerHarness, startRunnerHarness } from "./runner.fixture";

describe("job queue depth metric", () => {
  let h: RunnerHarness;
  const metrics = new ServiceMetrics("vms");
  const unfinished = async () => {
    const text = (await metrics.render()).body;
    return Object.fromEntries(
      ["created", "retry", "active"].map((state) => [
        state,
        seriesValue(text, "dcx_job_queue_depth", { queue: OPERATIONS_QUEUE, state }),
      ]),
    );
  };
  beforeAll(async () => {
    // Slow vCenter tasks keep the job running long enough to be seen.
    h = await startRunnerHarness({ taskDelayMs: 300 });
    await h.start();
    observeOperationQueue(metrics, h.database);
  });
  afterAll(() => h?.close());

  it("shows a running operation's job, and nothing once it finished", async () => {
    expect(await unfinished()).toEqual({ created: 0, retry: 0, active: 0 });
    const { operationId } = await h.insertCreate({ name: "queued-01" });
    await h.runner.queue.enqueue(operationId);
    let seen = { created: 0, retry: 0, active: 0 } as Record<string, number | undefined>;
    for (let tries = 0; tries < 100 && seen.created! + seen.active! === 0; tries += 1) {
      seen = await unfinished();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen.created! + seen.active!).toBe(1);
    expect((await h.waitForEnd(operationId)).status).toBe("succeeded");
    expect(await unfinished()).toEqual({ created: 0, retry: 0, active: 0 });
  });
});
