import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { demoInventory } from "../inventory/demo-inventory";
import { writeState } from "../model/state-file";
import { startVcenterSimulator } from "../server/vcenter-simulator";
import { createSpec, folderOf, startWithClient, stopSimulators } from "../testing/simulator-fixture";
import { faultType } from "../testing/soap-test-client";
import { faultInTask, vmRef } from "../testing/vim-calls";

afterEach(stopSimulators);

const DVS = { type: "DistributedVirtualSwitch", value: "dvs-1" };
const addSpec = (name: string) =>
  `<spec><name>${name}</name><numPorts>8</numPorts><defaultPortConfig xsi:type="VMwareDVSPortSetting"><vlan xsi:type="VmwareDistributedVirtualSwitchVlanIdSpec"><inherited>false</inherited><vlanId>120</vlanId></vlan></defaultPortConfig><type>earlyBinding</type></spec>`;
const dvsNic = (switchUuid: string, portgroupKey: string) =>
  `<deviceChange><operation>add</operation><device xsi:type="VirtualVmxnet3"><key>-3</key><backing xsi:type="VirtualEthernetCardDistributedVirtualPortBackingInfo"><port><switchUuid>${switchUuid}</switchUuid><portgroupKey>${portgroupKey}</portgroupKey></port></backing></device></deviceChange>`;
const namedNic = (name: string) =>
  `<deviceChange><operation>add</operation><device xsi:type="VirtualVmxnet3"><key>-3</key><backing xsi:type="VirtualEthernetCardNetworkBackingInfo"><deviceName>${name}</deviceName></backing></device></deviceChange>`;

describe("the distributed switch and its port groups", () => {
  it("adds a port group once per name, attaches VMs only through its switch port, and removes it when unused", async () => {
    const { calls, state } = await startWithClient();
    expect(await calls.property(DVS, "name")).toBe("DSwitch-JHB1");
    expect(await calls.property(DVS, "uuid")).toBe(state.distributedSwitch.uuid);

    expect((await calls.runTask("AddDVPortgroup_Task", DVS, addSpec("dcx-web"))).state).toBe("success");
    const portGroup = Object.values(state.networks).find((network) => network.name === "dcx-web")!;
    expect(portGroup).toMatchObject({ distributedSwitch: "dvs-1", numPorts: 8, vlanId: 120 });
    const ref = { type: "DistributedVirtualPortgroup", value: portGroup.id };
    expect(await calls.property(ref, "key")).toBe(portGroup.id);
    expect(await calls.property({ type: "Datacenter", value: state.datacenter.id }, "network")).toContain(
      `<ManagedObjectReference type="DistributedVirtualPortgroup">${portGroup.id}</ManagedObjectReference>`,
    );
    const again = await calls.runTask("AddDVPortgroup_Task", DVS, addSpec("dcx-web"));
    expect(faultInTask(again.info)).toBe("DuplicateName");
    expect(Object.values(state.networks).filter((network) => network.name === "dcx-web")).toHaveLength(1);

    const folder = { type: "Folder", value: folderOf(state, "Sanlam") };
    const byName = await calls.soap.raw("CreateVM_Task", folder, createSpec("on-name", namedNic("dcx-web")));
    expect(faultType(byName.xml)).toBe("InvalidArgument");
    const wrongSwitch = await calls.soap.raw(
      "CreateVM_Task",
      folder,
      createSpec("on-other", dvsNic("00 11", portGroup.id)),
    );
    expect(faultType(wrongSwitch.xml)).toBe("NotFound");
    const created = await calls.runTask(
      "CreateVM_Task",
      folder,
      createSpec("on-port", dvsNic(state.distributedSwitch.uuid, portGroup.id)),
    );
    expect(created.state).toBe("success");
    const vm = Object.values(state.vms).find((item) => item.name === "on-port")!;
    expect(vm.nics.map((nic) => nic.network)).toContain(portGroup.id);
    const devices = (await calls.property(vmRef(vm.id), "config.hardware.device"))!;
    expect(devices).toContain(`<portgroupKey>${portGroup.id}</portgroupKey>`);

    expect(faultInTask((await calls.runTask("Destroy_Task", ref)).info)).toBe("ResourceInUse");
    expect(state.networks[portGroup.id]).toBeDefined();
    expect((await calls.runTask("Destroy_Task", vmRef(vm.id))).state).toBe("success");
    expect((await calls.runTask("Destroy_Task", ref)).state).toBe("success");
    expect(state.networks[portGroup.id]).toBeUndefined();
  });

  it("gives an inventory saved before the switch existed its switch on load", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "vcenter-simulator-"));
    try {
      const saved: Partial<ReturnType<typeof demoInventory>> = demoInventory(new Date());
      delete saved.distributedSwitch;
      await writeState(dataDir, JSON.stringify(saved));
      const simulator = await startVcenterSimulator({ dataDir });
      expect(simulator.state.distributedSwitch).toMatchObject({ id: "dvs-1", name: "DSwitch-JHB1" });
      await simulator.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
