import { afterEach, describe, expect, it } from "vitest";
import { faultType, texts } from "../testing/soap-test-client";
import { createSpec, folderOf, startWithClient as start, stopSimulators } from "../testing/simulator-fixture";
import { faultInTask, vmRef } from "../testing/vim-calls";

afterEach(() => stopSimulators());

describe("tasks", () => {
  it("creates a VM through a task that is queued, runs with rising progress and succeeds with the VM", async () => {
    const { calls, state } = await start({ taskDelayMs: 200 });
    const folder = folderOf(state, "Adcock");
    const task = await calls.startTask("CreateVM_Task", { type: "Folder", value: folder }, createSpec("adk-new-01"));
    const { info, state: outcome, progress } = await calls.waitTask(task, 10);
    expect(outcome).toBe("success");
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(info).toContain("<descriptionId>Folder.createVm</descriptionId>");
    const vm = texts(info, "result")[0]!;
    expect(state.vms[vm]).toMatchObject({
      name: "adk-new-01",
      folder,
      numCPU: 2,
      memoryMB: 4096,
      powerState: "poweredOff",
    });
    expect(state.vms[vm]!.disks[0]).toMatchObject({
      capacityKB: 52428800,
      fileName: "[ds-performance-01] adk-new-01/adk-new-01.vmdk",
    });
    expect(await calls.property(vmRef(vm), "parent")).toBe(folder);
  });

  it("fails a second VM of the same name in one folder with DuplicateName, and allows it in another folder", async () => {
    const { calls, state } = await start();
    const adcock = { type: "Folder", value: folderOf(state, "Adcock") };
    const duplicate = await calls.runTask("CreateVM_Task", adcock, createSpec("adk-web-01"));
    expect(duplicate.state).toBe("error");
    expect(faultInTask(duplicate.info)).toBe("DuplicateName");
    const elsewhere = await calls.runTask(
      "CreateVM_Task",
      { type: "Folder", value: folderOf(state, "Sanlam") },
      createSpec("adk-web-01"),
    );
    expect(elsewhere.state).toBe("success");
  });

  it("creates exactly one of two simultaneous creates of one name", async () => {
    const { calls, state } = await start();
    const adcock = { type: "Folder", value: folderOf(state, "Adcock") };
    const outcomes = await Promise.all([
      calls.runTask("CreateVM_Task", adcock, createSpec("twin")),
      calls.runTask("CreateVM_Task", adcock, createSpec("twin")),
    ]);
    expect(outcomes.map((outcome) => outcome.state).sort()).toEqual(["error", "success"]);
    expect(Object.values(state.vms).filter((vm) => vm.name === "twin")).toHaveLength(1);
  });

  it("keeps the instance UUID the spec asks for, so a create can be found again", async () => {
    const { calls, state } = await start();
    const uuid = "4215aa0f-6c1e-4d36-9b55-7e0dcb1d0c11";
    await calls.runTask(
      "CreateVM_Task",
      { type: "Folder", value: folderOf(state, "Adcock") },
      createSpec("marked", `<instanceUuid>${uuid}</instanceUuid>`),
    );
    const found = await calls.soap.raw(
      "FindByUuid",
      { type: "SearchIndex", value: "SearchIndex" },
      `<uuid>${uuid}</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>`,
    );
    expect(texts(found.xml, "returnval")).toHaveLength(1);
  });

  it("refuses CPU and memory outside vSphere's limits, at the exact boundaries", async () => {
    const { calls, state } = await start();
    const folder = { type: "Folder", value: folderOf(state, "Adcock") };
    const spec = (cpus: number, memory: number, name: string) =>
      createSpec(name).replace(
        "<numCPUs>2</numCPUs><memoryMB>4096</memoryMB>",
        `<numCPUs>${cpus}</numCPUs><memoryMB>${memory}</memoryMB>`,
      );
    for (const [cpus, memory, accepted] of [
      [0, 4096, false],
      [1, 4096, true],
      [128, 4096, true],
      [129, 4096, false],
      [2, 0, false],
      [2, 4, true],
      [2, 6 * 1024 * 1024, true],
      [2, 6 * 1024 * 1024 + 4, false],
      [2, 4098, false],
    ] as const) {
      const answer = await calls.soap.raw("CreateVM_Task", folder, spec(cpus, memory, `limit-${cpus}-${memory}`));
      expect(answer.status === 200, `${cpus} vCPU, ${memory} MB`).toBe(accepted);
      if (!accepted) expect(faultType(answer.xml)).toBe("InvalidArgument");
    }
  });
});

describe("clone, folders and custom fields", () => {
  it("clones a template into an organisation folder with a static address and powers it on", async () => {
    const { calls, state } = await start();
    const template = vmRef(await calls.vmNamed("tpl-ubuntu-24.04"));
    const folder = folderOf(state, "Vodacom");
    const clone = await calls.runTask(
      "CloneVM_Task",
      template,
      `<folder type="Folder">${folder}</folder><name>vc-api-01</name><spec><location><pool type="ResourcePool">resgroup-8</pool></location>` +
        `<template>false</template><config><numCPUs>4</numCPUs><memoryMB>8192</memoryMB></config>` +
        `<customization><nicSettingMap><adapter><ip xsi:type="CustomizationFixedIp"><ipAddress>10.20.5.9</ipAddress></ip></adapter></nicSettingMap></customization>` +
        `<powerOn>true</powerOn></spec>`,
    );
    expect(clone.state).toBe("success");
    const vm = vmRef(texts(clone.info, "result")[0]!);
    expect(state.vms[vm.value]).toMatchObject({
      name: "vc-api-01",
      folder,
      numCPU: 4,
      memoryMB: 8192,
      template: false,
      powerState: "poweredOn",
    });
    expect(await calls.property(vm, "guest.ipAddress")).toBe("10.20.5.9");
    expect(await calls.property(vm, "config.guestId")).toBe("ubuntu64Guest");
  });

  it("gives a clone the instance UUID and extraConfig marker its spec asks for", async () => {
    const { calls, state } = await start();
    const template = vmRef(await calls.vmNamed("tpl-rhel-9"));
    const uuid = "0b0a5c2e-3c2d-4b7e-9a51-5f1c2d3e4f50";
    const clone = await calls.runTask(
      "CloneVM_Task",
      template,
      `<folder type="Folder">${folderOf(state, "Sanlam")}</folder><name>san-marked</name><spec><location><pool type="ResourcePool">resgroup-8</pool></location>` +
        `<config><instanceUuid>${uuid}</instanceUuid><extraConfig><key>guestinfo.dcx.operation</key><value xsi:type="xsd:string">op-7</value></extraConfig></config><template>false</template></spec>`,
    );
    const vm = state.vms[texts(clone.info, "result")[0]!]!;
    expect(vm.instanceUuid).toBe(uuid);
    expect(vm.extraConfig).toEqual([{ key: "guestinfo.dcx.operation", value: "op-7" }]);
  });

  it("refuses a clone of a template without a resource pool, as vcsim does", async () => {
    const { calls, state } = await start();
    const template = vmRef(await calls.vmNamed("tpl-ubuntu-24.04"));
    const clone = await calls.runTask(
      "CloneVM_Task",
      template,
      `<folder type="Folder">${folderOf(state, "Vodacom")}</folder><name>x</name><spec><location></location></spec>`,
    );
    expect(faultInTask(clone.info)).toBe("InvalidArgument");
  });

  it("creates an organisation folder once and refuses the same name again with DuplicateName", async () => {
    const { calls, state } = await start();
    const dcx = { type: "Folder", value: state.organizationsFolder };
    expect((await calls.soap.raw("CreateFolder", dcx, "<name>Shoprite</name>")).status).toBe(200);
    expect(faultType((await calls.soap.raw("CreateFolder", dcx, "<name>Shoprite</name>")).xml)).toBe("DuplicateName");
  });

  it("defines a custom field once and sets it on a VM as an operation marker", async () => {
    const { calls } = await start();
    const manager = { type: "CustomFieldsManager", value: "CustomFieldsManager" };
    const defined = await calls.soap.raw(
      "AddCustomFieldDef",
      manager,
      "<name>dcx.operation</name><moType>VirtualMachine</moType>",
    );
    const key = texts(defined.xml, "key")[0]!;
    expect(
      faultType(
        (
          await calls.soap.raw(
            "AddCustomFieldDef",
            manager,
            "<name>dcx.operation</name><moType>VirtualMachine</moType>",
          )
        ).xml,
      ),
    ).toBe("DuplicateName");
    const vm = vmRef(await calls.vmNamed("adk-web-01"));
    expect(
      faultType(
        (
          await calls.soap.raw(
            "SetField",
            manager,
            `<entity type="VirtualMachine">${vm.value}</entity><key>${Number(key) + 1}</key><value>x</value>`,
          )
        ).xml,
      ),
    ).toBe("InvalidArgument");
    await calls.soap.raw(
      "SetField",
      manager,
      `<entity type="VirtualMachine">${vm.value}</entity><key>${key}</key><value>op-42</value>`,
    );
    expect(await calls.property(vm, "customValue")).toContain(`<key>${key}</key><value>op-42</value>`);
  });
});
