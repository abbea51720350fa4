import { systemClock } from "@dcx/kit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VSphereClient } from "../../hypervisor";
import { JOB_SCHEMA, OPERATIONS_QUEUE, type OperationRunner, startOperationRunner } from "./operation-runner";
import { FAST_RUNNER, type RunnerHarness, startRunnerHarness } from "./runner.fixture";

describe("the operation runner on two replicas of one database", () => {
  let h: RunnerHarness;
  const replicas: OperationRunner[] = [];
  beforeEach(async () => {
    // Slow tasks: each run is long enough for the other replica's workers to take it too, if they could.
    h = await startRunnerHarness({ taskDelayMs: 300 });
  });
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((runner) => runner.stop({ timeoutMs: 2000 })));
    await h?.close();
  });

  it("runs each operation once though both replicas enqueue it and both have idle workers", async () => {
    const creates = new Map<string, number>();
    const counting = Object.assign(Object.create(h.hypervisor) as VSphereClient, {
      createVm: (spec: Parameters<VSphereClient["createVm"]>[0]) => {
        creates.set(spec.marker, (creates.get(spec.marker) ?? 0) + 1);
        return h.hypervisor.createVm(spec);
      },
    });
    const operations = await Promise.all(Array.from({ length: 4 }, () => h.insertCreate()));
    for (let n = 0; n < 2; n++) {
      replicas.push(
        await startOperationRunner(
          h.database,
          { hypervisor: counting, moneyGate: h.money, clock: systemClock, log: (line) => h.logs.push(line) },
          { ...FAST_RUNNER, concurrency: 4 },
        ),
      );
    }
    // The API's enqueue on one replica and a sweep on the other, say: each operation is sent twice.
    for (const { operationId } of operations) {
      await Promise.all(replicas.map((runner) => runner.queue.enqueue(operationId)));
    }
    const ended = await Promise.all(operations.map(({ operationId }) => h.waitForEnd(operationId, 30_000)));
    expect(ended.map((operation) => operation.status)).toEqual(["succeeded", "succeeded", "succeeded", "succeeded"]);
    expect(operations.map(({ operationId }) => creates.get(operationId))).toEqual([1, 1, 1, 1]);
    const holds = ended.map((operation) => operation.holdId!);
    expect(h.money.released.filter((hold) => holds.includes(hold)).sort()).toEqual([...holds].sort());
    expect(operations.map(({ operationId }) => h.vmsWithMarker(operationId))).toEqual([1, 1, 1, 1]);
  });

  it("sweeps one replica at a time: a create whose job died is failed and cleaned up once", async () => {
    const cleanups = new Map<string, number>();
    const counting = Object.assign(Object.create(h.hypervisor) as VSphereClient, {
      findVmByInstanceUuid: (uuid: string) => {
        cleanups.set(uuid, (cleanups.get(uuid) ?? 0) + 1);
        return h.hypervisor.findVmByInstanceUuid(uuid);
      },
    });
    // No workers, and no timed sweeps during the test: only the two sweeps it asks for run.
    for (let n = 0; n < 2; n++) {
      replicas.push(
        await startOperationRunner(
          h.database,
          { hypervisor: counting, moneyGate: h.money, clock: systemClock, log: (line) => h.logs.push(line) },
          { ...FAST_RUNNER, concurrency: 0, sweepSeconds: 3600 },
        ),
      );
    }
    await Promise.all(replicas.map((runner) => runner.sweep()));
    const { operationId } = await h.insertCreate();
    await replicas[0]!.queue.enqueue(operationId);
    // Its process died mid-run and the job gave up: the operation is left running.
    await h.database.executeSql(
      `update vm_operations set status = 'running', updated_at = now() - interval '1 minute' where id = $1`,
      [operationId],
    );
    await h.database.executeSql(`update ${JOB_SCHEMA}.job set state = 'failed' where name = $1 and id = $2`, [
      OPERATIONS_QUEUE,
      operationId,
    ]);
    const results = await Promise.all(replicas.map((runner) => runner.sweep()));
    expect(results.map((result) => result.failed).sort()).toEqual([0, 1]);
    expect(cleanups.get(operationId)).toBe(1);
    expect((await h.waitForEnd(operationId)).status).toBe("failed");
  });
});
