import { expect, it } from "vitest";
import type { HypervisorPowerState, TaskInfo } from "../hypervisor.port";
import type { ContractContext } from "./hypervisor.contract";

/** Power operations, tasks, performance counters and destroy. */
export function describeOperationsContract(context: ContractContext) {
  const powerState = async (uuid: string) => (await context.client.findVmByInstanceUuid(uuid))?.powerState;
  /** Guest operations return at once; the guest acts on its own time. */
  const eventually = async (uuid: string, state: HypervisorPowerState) => {
    const deadline = Date.now() + 15_000;
    while ((await powerState(uuid)) !== state && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await powerState(uuid)).toBe(state);
  };

  it("powers on, off, suspends, resets and asks the guest to shut down; illegal moves are INVALID_POWER_STATE", async () => {
    const uuid = await context.createVm();
    const run = async (task: Promise<{ id: string }>) => context.client.awaitTask(await task, { timeoutMs: 30_000 });
    const refused = async (task: () => Promise<unknown>) =>
      expect(
        task().then((t) => (typeof t === "object" && t && "id" in t ? run(Promise.resolve(t as { id: string })) : t)),
      ).rejects.toMatchObject({ code: "INVALID_POWER_STATE" });

    await refused(() => context.client.powerOff(uuid));
    await refused(() => context.client.shutdownGuest(uuid));
    await run(context.client.powerOn(uuid));
    expect(await powerState(uuid)).toBe("poweredOn");
    await refused(() => context.client.powerOn(uuid));
    await run(context.client.reset(uuid));
    expect(await powerState(uuid)).toBe("poweredOn");
    await run(context.client.suspend(uuid));
    expect(await powerState(uuid)).toBe("suspended");
    await refused(() => context.client.suspend(uuid));
    await run(context.client.powerOn(uuid));
    expect(await powerState(uuid)).toBe("poweredOn");
    if (context.target.rebootsGuests) {
      await context.client.rebootGuest(uuid);
      await eventually(uuid, "poweredOn");
    } else {
      await expect(context.client.rebootGuest(uuid)).rejects.toMatchObject({ code: "NOT_SUPPORTED" });
    }
    await context.client.shutdownGuest(uuid);
    await eventually(uuid, "poweredOff");
    await run(context.client.powerOn(uuid));
    await run(context.client.powerOff(uuid));
    expect(await powerState(uuid)).toBe("poweredOff");
  });

  it("reports task progress and result, and an unknown task as NOT_FOUND", async () => {
    const uuid = await context.createVm();
    const task = await context.client.powerOn(uuid);
    const seen: TaskInfo[] = [];
    const done = await context.client.awaitTask(task, { timeoutMs: 30_000, onProgress: (info) => seen.push(info) });
    expect(done).toMatchObject({ id: task.id, state: "success", progress: 100, error: null });
    expect(done.descriptionId).toMatch(/powerOn/i);
    expect(done.completedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(done.queuedAt!.getTime());
    expect(seen.at(-1)!.state).toBe("success");
    expect(await context.client.taskInfo(task)).toMatchObject({ state: "success" });

    const failing = await context.client.powerOn(uuid);
    await expect(context.client.awaitTask(failing, { timeoutMs: 30_000 })).rejects.toMatchObject({
      code: "INVALID_POWER_STATE",
      faultName: "InvalidPowerState",
    });
    const failed = await context.client.taskInfo(failing);
    expect(failed).toMatchObject({
      state: "error",
      error: { code: "INVALID_POWER_STATE", faultName: "InvalidPowerState" },
    });
    await expect(context.client.taskInfo({ id: "task-999999999" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("queries performance counters for several VMs in one call, oldest sample first", async () => {
    const uuids = (await context.client.listVms())
      .filter((vm) => !vm.template)
      .slice(0, 3)
      .map((vm) => vm.instanceUuid);
    expect(uuids).toHaveLength(3);
    const counters = [
      "cpu.usage.average",
      "cpu.ready.summation",
      "mem.usage.average",
      "mem.active.average",
      "disk.read.average",
      "disk.write.average",
      "disk.numberReadAveraged.average",
      "disk.numberWriteAveraged.average",
      "disk.maxTotalLatency.latest",
      "net.received.average",
      "net.transmitted.average",
      "sys.uptime.latest",
    ];
    context.calls.length = 0;
    const result = await context.client.queryPerformance({
      instanceUuids: uuids,
      counters,
      intervalSeconds: 20,
      maxSamples: 6,
    });
    expect(context.calls.filter((method) => method === "QueryPerf")).toHaveLength(1);
    expect(result.map((vm) => vm.instanceUuid).sort()).toEqual([...uuids].sort());
    for (const vm of result) {
      expect(vm.intervalSeconds).toBe(20);
      expect(vm.timestamps.length).toBeGreaterThan(0);
      expect(vm.timestamps.length).toBeLessThanOrEqual(6);
      const times = vm.timestamps.map((t) => t.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(vm.series.map((s) => s.counter).sort()).toEqual([...counters].sort());
      for (const series of vm.series) {
        expect(series.values).toHaveLength(vm.timestamps.length);
        for (const value of series.values) if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
      }
    }
    // Every endpoint samples CPU; counters without samples come back as nulls, never as zeros.
    const cpu = result.flatMap((vm) => vm.series.filter((s) => s.counter === "cpu.usage.average"));
    expect(cpu.flatMap((s) => s.values).filter((value) => value !== null).length).toBeGreaterThan(0);
    await expect(
      context.client.queryPerformance({
        instanceUuids: uuids,
        counters: ["cpu.nonsense.average"],
        intervalSeconds: 20,
        maxSamples: 1,
      }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  it("destroys a VM; afterwards it is NOT_FOUND", async () => {
    const uuid = await context.createVm();
    await context.client.awaitTask(await context.client.destroy(uuid), { timeoutMs: 30_000 });
    expect(await context.client.findVmByInstanceUuid(uuid)).toBeNull();
    expect(await context.client.findVmByMarker(uuid)).toBeNull();
    expect((await context.client.listVms()).some((vm) => vm.instanceUuid === uuid)).toBe(false);
    await expect(context.client.powerOn(uuid)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(context.client.destroy(uuid)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(context.client.reconfigureVm(uuid, { vcpuCount: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
}
