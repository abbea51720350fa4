import { describe, expect, it } from "vitest";
import { texts } from "../testing/soap-test-client";
import { faultInTask, vmRef } from "../testing/vim-calls";
import { createVmBody } from "./parity-target";
import { useParityTargets, vcsimPresent, VM_ALLOWANCES } from "./parity-suite";
import { shapeDifference, xmlShape } from "./xml-shape";

describe.skipIf(!vcsimPresent)("parity with VMware's vcsim: tasks and faults", () => {
  const { targets, expectSameShape } = useParityTargets();

  it("creates a VM through a task with the same TaskInfo, and the VM's devices and guest look alike", async () => {
    const [ours, theirs] = await Promise.all(
      targets.map(async (target) => {
        const task = await target.calls.startTask(
          "CreateVM_Task",
          { type: "Folder", value: target.vmFolder },
          createVmBody(target, "parity-01"),
        );
        return target.calls.waitTask(task);
      }),
    );
    expect([ours!.state, theirs!.state]).toEqual(["success", "success"]);
    expect(shapeDifference(xmlShape(ours!.info), xmlShape(theirs!.info))).toEqual({ onlyOurs: [], onlyTheirs: [] });
    const created = [texts(ours!.info, "result")[0]!, texts(theirs!.info, "result")[0]!];
    let index = 0;
    await expectSameShape(
      async (target) =>
        (
          await target.calls.retrieve(vmRef(created[index++]!), [
            "config.hardware.device",
            "guest.net",
            "guest.toolsRunningStatus",
            "guest.toolsStatus",
            "config.extraConfig",
          ])
        ).xml,
      VM_ALLOWANCES,
    );
  });

  it("clones a VM into a folder alike", async () => {
    const outcomes = await Promise.all(
      targets.map((target) =>
        target.calls.runTask(
          "CloneVM_Task",
          vmRef(target.runningVm),
          `<folder type="Folder">${target.vmFolder}</folder><name>parity-clone</name><spec><location><pool type="ResourcePool">${target.pool}</pool></location><template>false</template><powerOn>false</powerOn></spec>`,
        ),
      ),
    );
    expect(outcomes.map((outcome) => outcome.state)).toEqual(["success", "success"]);
    expect(shapeDifference(xmlShape(outcomes[0]!.info), xmlShape(outcomes[1]!.info))).toEqual({
      onlyOurs: [],
      onlyTheirs: [],
    });
  });

  it("fails tasks alike: power on a running VM, destroy a running VM (InvalidPowerState)", async () => {
    for (const method of ["PowerOnVM_Task", "Destroy_Task"]) {
      const outcomes = await Promise.all(
        targets.map((target) => target.calls.runTask(method, vmRef(target.runningVm))),
      );
      expect(outcomes.map((outcome) => faultInTask(outcome.info))).toEqual(["InvalidPowerState", "InvalidPowerState"]);
      expect(shapeDifference(xmlShape(outcomes[0]!.info), xmlShape(outcomes[1]!.info))).toEqual({
        onlyOurs: [],
        onlyTheirs: [],
      });
    }
  });

  it("answers a destroyed VM with ManagedObjectNotFound, as a method target and in RetrievePropertiesEx", async () => {
    const destroyed: string[] = [];
    for (const target of targets) {
      const task = await target.calls.runTask(
        "CreateVM_Task",
        { type: "Folder", value: target.vmFolder },
        createVmBody(target, "parity-doomed"),
      );
      const vm = texts(task.info, "result")[0]!;
      expect((await target.calls.runTask("Destroy_Task", vmRef(vm))).state).toBe("success");
      destroyed.push(vm);
    }
    let index = 0;
    await expectSameShape(
      async (target) => (await target.calls.soap.raw("PowerOnVM_Task", vmRef(destroyed[index++]!))).xml,
    );
    index = 0;
    await expectSameShape(async (target) => (await target.calls.retrieve(vmRef(destroyed[index++]!), ["name"])).xml);
  });

  it("refuses a duplicate folder name alike (DuplicateName) and ShutdownGuest on a stopped VM (InvalidPowerState)", async () => {
    await expectSameShape(async (target) => {
      await target.calls.soap.raw(
        "CreateFolder",
        { type: "Folder", value: target.vmFolder },
        "<name>parity-folder</name>",
      );
      return (
        await target.calls.soap.raw(
          "CreateFolder",
          { type: "Folder", value: target.vmFolder },
          "<name>parity-folder</name>",
        )
      ).xml;
    });
    const stopped: string[] = [];
    for (const target of targets) {
      const task = await target.calls.runTask(
        "CreateVM_Task",
        { type: "Folder", value: target.vmFolder },
        createVmBody(target, "parity-stopped"),
      );
      stopped.push(texts(task.info, "result")[0]!);
    }
    let index = 0;
    await expectSameShape(
      async (target) => (await target.calls.soap.raw("ShutdownGuest", vmRef(stopped[index++]!))).xml,
    );
  });

  it("reconfigures alike and finds VMs by instance UUID alike", async () => {
    // Growing only: a running VM can gain CPUs and memory (hot add), not lose them.
    const outcomes = await Promise.all(
      targets.map(async (target) => {
        const vm = vmRef(target.runningVm);
        const cpus = Number(await target.calls.property(vm, "config.hardware.numCPU")) + 2;
        const memory = Number(await target.calls.property(vm, "config.hardware.memoryMB")) + 1024;
        return target.calls.runTask(
          "ReconfigVM_Task",
          vm,
          `<spec><numCPUs>${cpus}</numCPUs><memoryMB>${memory}</memoryMB></spec>`,
        );
      }),
    );
    expect(outcomes.map((outcome) => outcome.state)).toEqual(["success", "success"]);
    expect(shapeDifference(xmlShape(outcomes[0]!.info), xmlShape(outcomes[1]!.info))).toEqual({
      onlyOurs: [],
      onlyTheirs: [],
    });
    await expectSameShape(async (target) => {
      const uuid = (await target.calls.property(vmRef(target.runningVm), "config.instanceUuid"))!;
      return (
        await target.calls.soap.raw(
          "FindByUuid",
          { type: "SearchIndex", value: "SearchIndex" },
          `<uuid>${uuid}</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>`,
        )
      ).xml;
    });
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "FindByUuid",
            { type: "SearchIndex", value: "SearchIndex" },
            "<uuid>00000000-0000-5000-8000-000000000000</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>",
          )
        ).xml,
    );
  });

  it("keeps custom fields alike: definition, duplicate, bad key and the VM's customValue", async () => {
    const manager = { type: "CustomFieldsManager", value: "CustomFieldsManager" };
    const keys: string[] = [];
    await expectSameShape(async (target) => {
      const answer = await target.calls.soap.raw(
        "AddCustomFieldDef",
        manager,
        "<name>dcx.operation</name><moType>VirtualMachine</moType>",
      );
      keys.push(texts(answer.xml, "key")[0]!);
      return answer.xml;
    });
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "AddCustomFieldDef",
            manager,
            "<name>dcx.operation</name><moType>VirtualMachine</moType>",
          )
        ).xml,
    );
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "SetField",
            manager,
            `<entity type="VirtualMachine">${target.runningVm}</entity><key>999</key><value>x</value>`,
          )
        ).xml,
    );
    let index = 0;
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "SetField",
            manager,
            `<entity type="VirtualMachine">${target.runningVm}</entity><key>${keys[index++]}</key><value>op-1</value>`,
          )
        ).xml,
    );
    await expectSameShape(
      async (target) => (await target.calls.retrieve(vmRef(target.runningVm), ["customValue"])).xml,
    );
  });
});
