import { describe, expect, it } from "vitest";
import { faultInTask, vmRef } from "../testing/vim-calls";
import type { ParityTarget } from "./parity-target";
import { createVmBody } from "./parity-target";
import { useParityTargets, vcsimPresent, VM_ALLOWANCES } from "./parity-suite";
import { shapeDifference, xmlShape } from "./xml-shape";

const firstRef = (xml: string, type: string) => new RegExp(`type="${type}">([^<]+)<`).exec(xml)?.[1];
const allRefs = (xml: string, type: string) =>
  [...xml.matchAll(new RegExp(`type="${type}">([^<]+)<`, "g"))].map((match) => match[1]!);

/** The first distributed switch in the datacenter's network folder, and its UUID. */
async function switchOf(target: ParityTarget) {
  const root = await target.calls.retrieve({ type: "Folder", value: "group-d1" }, ["childEntity"]);
  const datacenter = firstRef(root.xml, "Datacenter")!;
  const networkFolder = await target.calls.property({ type: "Datacenter", value: datacenter }, "networkFolder");
  const children = await target.calls.retrieve({ type: "Folder", value: networkFolder! }, ["childEntity"]);
  const ref = { type: "DistributedVirtualSwitch", value: firstRef(children.xml, "DistributedVirtualSwitch")! };
  return { ref, uuid: (await target.calls.property(ref, "uuid"))! };
}

const addSpec = (name: string) => `<spec><name>${name}</name><numPorts>8</numPorts><type>earlyBinding</type></spec>`;

describe.skipIf(!vcsimPresent)("parity with VMware's vcsim: distributed port groups", () => {
  const { targets, expectSameShape } = useParityTargets();
  const sameTaskShape = (infos: string[]) =>
    expect(shapeDifference(xmlShape(infos[0]!), xmlShape(infos[1]!))).toEqual({ onlyOurs: [], onlyTheirs: [] });

  it("adds a port group, refuses its name again, attaches a VM through the switch port and destroys it alike", async () => {
    const switches = await Promise.all(targets.map(switchOf));
    const added = await Promise.all(
      targets.map((target, i) => target.calls.runTask("AddDVPortgroup_Task", switches[i]!.ref, addSpec("parity-pg"))),
    );
    expect(added.map((outcome) => outcome.state)).toEqual(["success", "success"]);
    sameTaskShape(added.map((outcome) => outcome.info));

    const again = await Promise.all(
      targets.map((target, i) => target.calls.runTask("AddDVPortgroup_Task", switches[i]!.ref, addSpec("parity-pg"))),
    );
    expect(again.map((outcome) => faultInTask(outcome.info))).toEqual(["DuplicateName", "DuplicateName"]);
    sameTaskShape(again.map((outcome) => outcome.info));

    // AddDVPortgroup_Task answers no reference: the newest of the switch's port groups is it.
    const portGroups = await Promise.all(
      targets.map(async (target, i) =>
        allRefs((await target.calls.retrieve(switches[i]!.ref, ["portgroup"])).xml, "DistributedVirtualPortgroup").at(
          -1,
        )!,
      ),
    );
    let index = 0;
    await expectSameShape(async (target) => {
      const ref = { type: "DistributedVirtualPortgroup", value: portGroups[index++]! };
      return (await target.calls.retrieve(ref, ["name", "key", "config.distributedVirtualSwitch"])).xml;
    });

    const nic = (i: number) =>
      `<deviceChange><operation>add</operation><device xsi:type="VirtualVmxnet3"><key>-3</key><backing xsi:type="VirtualEthernetCardDistributedVirtualPortBackingInfo"><port><switchUuid>${switches[i]!.uuid}</switchUuid><portgroupKey>${portGroups[i]}</portgroupKey></port></backing></device></deviceChange>`;
    const created = await Promise.all(
      targets.map((target, i) =>
        target.calls.runTask(
          "CreateVM_Task",
          { type: "Folder", value: target.vmFolder },
          createVmBody(target, "parity-on-pg").replace("</config>", `${nic(i)}</config>`),
        ),
      ),
    );
    expect(created.map((outcome) => outcome.state)).toEqual(["success", "success"]);
    const vmsCreated = created.map((outcome) => firstRef(outcome.info, "VirtualMachine")!);
    index = 0;
    await expectSameShape(
      async (target) => (await target.calls.retrieve(vmRef(vmsCreated[index++]!), ["config.hardware.device"])).xml,
      VM_ALLOWANCES,
    );

    for (const [i, target] of targets.entries()) {
      expect((await target.calls.runTask("Destroy_Task", vmRef(vmsCreated[i]!))).state).toBe("success");
    }
    const destroyed = await Promise.all(
      targets.map((target, i) =>
        target.calls.runTask("Destroy_Task", { type: "DistributedVirtualPortgroup", value: portGroups[i]! }),
      ),
    );
    expect(destroyed.map((outcome) => outcome.state)).toEqual(["success", "success"]);
    sameTaskShape(destroyed.map((outcome) => outcome.info));
  });
});
