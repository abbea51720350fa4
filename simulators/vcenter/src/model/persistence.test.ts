import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generatedInventory } from "../inventory/generated-inventory";
import { startVcenterSimulator, type VcenterSimulator } from "../server/vcenter-simulator";
import { texts } from "../testing/soap-test-client";
import { VimCalls, vmRef } from "../testing/vim-calls";
import { STATE_FILE_NAME } from "./state-file";

let dataDir: string;
const open: VcenterSimulator[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "vcenter-simulator-"));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((simulator) => simulator.close()));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(taskDelayMs: number) {
  const simulator = await startVcenterSimulator({ dataDir, taskDelayMs });
  open.push(simulator);
  const calls = new VimCalls(simulator.url);
  await calls.soap.login();
  return { simulator, calls };
}

async function stop(simulator: VcenterSimulator) {
  open.splice(open.indexOf(simulator), 1);
  await simulator.close();
}

const createSpec = (name: string) =>
  `<config><name>${name}</name><guestId>rhel9_64Guest</guestId><files><vmPathName>[ds-standard-01]</vmPathName></files><numCPUs>2</numCPUs><memoryMB>2048</memoryMB></config><pool type="ResourcePool">resgroup-8</pool>`;

describe("persistence", () => {
  it("keeps created and destroyed VMs and power states across a restart", async () => {
    const first = await start(10);
    const folder = Object.values(first.simulator.state.folders).find((item) => item.name === "Sanlam")!.id;
    const created = texts(
      (await first.calls.runTask("CreateVM_Task", { type: "Folder", value: folder }, createSpec("san-new-01"))).info,
      "result",
    )[0]!;
    const jump = vmRef(await first.calls.vmNamed("adk-jump-01"));
    await first.calls.runTask("PowerOnVM_Task", jump);
    const file = await first.calls.vmNamed("adk-file-01");
    await first.calls.runTask("PowerOffVM_Task", vmRef(file));
    await first.calls.runTask("Destroy_Task", vmRef(file));
    await stop(first.simulator);

    // A different initial inventory is ignored: what was persisted wins.
    const second = await startVcenterSimulator({
      dataDir,
      inventory: generatedInventory({ organizations: 1, vmsPerOrganization: 1, seed: "other" }),
    });
    open.push(second);
    expect(second.state.vms[created]).toMatchObject({ name: "san-new-01", folder });
    expect(second.state.vms[jump.value]!.powerState).toBe("poweredOn");
    expect(second.state.vms[file]).toBeUndefined();
  });

  it("finishes a task that was running at shutdown when it starts again, creating the VM once", async () => {
    const first = await start(60_000);
    const folder = Object.values(first.simulator.state.folders).find((item) => item.name === "Sanlam")!.id;
    const task = await first.calls.startTask(
      "CreateVM_Task",
      { type: "Folder", value: folder },
      createSpec("san-slow-01"),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.simulator.state.tasks[task]!.state).toBe("running");
    await stop(first.simulator);
    const persisted = JSON.parse(await readFile(join(dataDir, STATE_FILE_NAME), "utf8")) as VcenterSimulator["state"];
    expect(persisted.tasks[task]!.state).toBe("running");

    const second = await start(20);
    const outcome = await second.calls.waitTask(task);
    expect(outcome.state).toBe("success");
    expect(Object.values(second.simulator.state.vms).filter((vm) => vm.name === "san-slow-01")).toHaveLength(1);
  });

  it("fails cleanly on restart a task whose VM is gone, rather than leaving it running", async () => {
    const first = await start(60_000);
    const vm = await first.calls.vmNamed("adk-jump-01");
    const task = await first.calls.startTask("PowerOnVM_Task", vmRef(vm));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stop(first.simulator);
    const file = join(dataDir, STATE_FILE_NAME);
    const persisted = JSON.parse(await readFile(file, "utf8")) as VcenterSimulator["state"];
    delete persisted.vms[vm];
    await writeFile(file, JSON.stringify(persisted));

    const second = await start(20);
    const outcome = await second.calls.waitTask(task);
    expect(outcome.state).toBe("error");
    expect(outcome.info).toContain('XMLSchema-instance:type="ManagedObjectNotFound"');
  });

  it("writes the state file whole, leaving no temporary file behind", async () => {
    const { simulator } = await start(10);
    await stop(simulator);
    expect(await readdir(dataDir)).toEqual([STATE_FILE_NAME]);
  });

  it("refuses to start on a damaged state file instead of silently starting afresh", async () => {
    await writeFile(join(dataDir, STATE_FILE_NAME), "{ not json");
    await expect(startVcenterSimulator({ dataDir })).rejects.toThrow();
  });
});
