import "../index";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmOperations } from "../db/schema";
import { OPERATION } from "../operation/operation.test-support";
import { eventsOf, type SuspensionHarness, startSuspensionHarness } from "./suspension.fixture";
import { RETRY_FAILED_POWER_OFF_MINUTES } from "./suspension-power-off.store";
import { startSuspensionSweep } from "./suspension-sweep.schedule";
import { type SuspensionSweepDeps, sweepSuspendedVms } from "./suspension.sweep";

const POWER_OFF = `mutation($id: ID!) { powerOffVm(id: $id) { ${OPERATION} } }`;
const NODE = "vc-k8s-node-01";

/** VMs of a suspended organisation that come back on end up off again. */
describe("the suspension sweep", () => {
  let h: SuspensionHarness;
  let sweepDeps: (now?: Date) => SuspensionSweepDeps;
  beforeAll(async () => {
    h = await startSuspensionHarness();
    await h.suspend();
    await h.settle();
    sweepDeps = (now = new Date()) => ({
      db: h.subgraph.database.db,
      queue: h.runner.queue,
      clock: () => now,
      log: (line) => h.logs.push(line),
    });
  });
  afterAll(() => h?.close());

  /** Someone powers the VM on in vCenter; the inventory sync records it, as its schedule would. */
  const onAgainInVcenter = async (name = NODE) => {
    await h.setPowerInVcenter(name, "poweredOn");
    await h.sync();
    expect((await h.powerStates())[name]).toBe("powered_on");
  };
  const suspensionPowerOffs = async () =>
    (await h.operationsOf()).filter((operation) => operation.requestedByKind === "suspension");

  it("powers off a VM that was powered on after the suspension, found on by the sync", async () => {
    expect(await h.powerStates()).toEqual({
      "vc-k8s-node-01": "powered_off",
      "vc-k8s-node-02": "powered_off",
      "vc-backup-01": "powered_off",
    });
    await onAgainInVcenter();
    const [drift] = (await eventsOf(h.subgraph, h.organizationId, "drift.vm_changed")).filter(
      (event) => event.vmId === h.vmIds[NODE],
    );
    expect(drift?.after).toEqual({ powerState: "powered_on" });

    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 1, organizations: 1 });
    await h.settle();
    expect((await h.powerStates())[NODE]).toBe("powered_off");
    const vm = Object.values(h.simulator.state.vms).find((candidate) => candidate.name === NODE)!;
    expect(vm.powerState).toBe("poweredOff");
    const latest = (await suspensionPowerOffs()).at(-1)!;
    expect(latest).toMatchObject({ vmId: h.vmIds[NODE], kind: "power_off", status: "succeeded" });
    // Nothing on: nothing more to queue.
    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 0, organizations: 0 });
  });

  it("leaves a VM with an operation in flight to a later sweep", async () => {
    await onAgainInVcenter();
    // An operation written but not yet run (as if its job were still waiting for a worker).
    const inFlight = randomUUID();
    await h.subgraph.database.db.insert(vmOperations).values({
      id: inFlight,
      organizationId: h.organizationId,
      vmId: h.vmIds[NODE],
      kind: "reboot",
      requestedByKind: "user",
      requestedById: "user-1",
    });
    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 0, organizations: 0 });
    await h.subgraph.database.db
      .update(vmOperations)
      .set({ status: "failed", errorCode: "TEST", errorMessage: "ended", finishedAt: new Date() })
      .where(eq(vmOperations.id, inFlight));
    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 1, organizations: 1 });
    await h.settle();
    expect((await h.powerStates())[NODE]).toBe("powered_off");
  });

  it("retries a failed power-off of the suspension only after the retry delay", async () => {
    await onAgainInVcenter();
    const [suspended] = await suspensionPowerOffs();
    const failedAt = new Date();
    await h.subgraph.database.db.insert(vmOperations).values({
      id: randomUUID(),
      organizationId: h.organizationId,
      vmId: h.vmIds[NODE],
      kind: "power_off",
      status: "failed",
      input: suspended!.input,
      requestedByKind: "suspension",
      requestedById: suspended!.requestedById,
      errorCode: "INVALID_STATE",
      errorMessage: "vCenter refused",
      finishedAt: failedAt,
    });
    const later = (minutes: number) => new Date(failedAt.getTime() + minutes * 60_000);
    expect(await sweepSuspendedVms(sweepDeps(later(RETRY_FAILED_POWER_OFF_MINUTES - 1)))).toMatchObject({ queued: 0 });
    expect(await sweepSuspendedVms(sweepDeps(later(RETRY_FAILED_POWER_OFF_MINUTES + 1)))).toMatchObject({ queued: 1 });
    await h.settle();
    expect((await h.powerStates())[NODE]).toBe("powered_off");
  });

  it("lets the owner power a VM off while suspended", async () => {
    await onAgainInVcenter();
    const answer = await h.subgraph.request<{ powerOffVm: { status: string; requestedBy: { kind: string } } }>(
      POWER_OFF,
      { id: h.vmIds[NODE] },
      { as: h.owner },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.powerOffVm).toMatchObject({ status: "QUEUED", requestedBy: { kind: "USER" } });
    await h.settle();
    expect((await h.powerStates())[NODE]).toBe("powered_off");
  });

  it("touches no VM of an organisation that is not suspended, nor of one whose suspension was lifted", async () => {
    const other = await h.link("Pick n Pay");
    await h.sync();
    const running = async () => (await h.operationsOf(other)).length;
    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 0, organizations: 0 });
    expect(await running()).toBe(0);

    await h.lift();
    await onAgainInVcenter();
    expect(await sweepSuspendedVms(sweepDeps())).toEqual({ queued: 0, organizations: 0 });
    expect((await h.powerStates())[NODE]).toBe("powered_on");
  });

  it("runs at start and every interval once scheduled, until stopped", async () => {
    await h.suspend("Unpaid usage, second notice");
    await h.settle();
    const logged = h.logs.length;
    const sweep = startSuspensionSweep(sweepDeps(), { intervalSeconds: 1 });
    try {
      // Not through `onAgainInVcenter`: the running schedule may power it off before a check.
      await h.setPowerInVcenter("vc-k8s-node-02", "poweredOn");
      await h.sync();
      const deadline = Date.now() + 15_000;
      while ((await h.powerStates())["vc-k8s-node-02"] !== "powered_off") {
        if (Date.now() > deadline) throw new Error("the scheduled sweep did not power the VM off");
        await sleep(100);
      }
      expect(h.logs.slice(logged)).toEqual([
        "suspension sweep: 1 power-off operations queued for 1 suspended organisations",
      ]);
    } finally {
      await sweep.stop();
    }
    await h.settle();
    await onAgainInVcenter("vc-k8s-node-02");
    await sleep(1_500);
    expect((await h.powerStates())["vc-k8s-node-02"]).toBe("powered_on");
  });
});
