import { describe, it } from "vitest";
import { SoapTestClient } from "../testing/soap-test-client";
import { vmRef } from "../testing/vim-calls";
import { useParityTargets, vcsimPresent, VM_ALLOWANCES } from "./parity-suite";

describe.skipIf(!vcsimPresent)("parity with VMware's vcsim: sessions, inventory and performance", () => {
  const { expectSameShape } = useParityTargets();

  it("answers RetrieveServiceContent and Login alike", async () => {
    await expectSameShape(
      async (target) =>
        (
          await new SoapTestClient(target.calls.soap.url).raw("RetrieveServiceContent", {
            type: "ServiceInstance",
            value: "ServiceInstance",
          })
        ).xml,
    );
    await expectSameShape(async (target) => {
      const client = new SoapTestClient(target.calls.soap.url);
      return (
        await client.raw(
          "Login",
          { type: "SessionManager", value: "SessionManager" },
          "<userName>u</userName><password>p</password>",
        )
      ).xml;
    });
  });

  it("faults alike without a session: NotAuthenticated, and missing properties in RetrievePropertiesEx", async () => {
    await expectSameShape(
      async (target) =>
        (
          await new SoapTestClient(target.calls.soap.url).raw(
            "CreateContainerView",
            { type: "ViewManager", value: "ViewManager" },
            '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
          )
        ).xml,
    );
    await expectSameShape(async (target) => {
      const client = new SoapTestClient(target.calls.soap.url);
      return (
        await client.raw(
          "RetrievePropertiesEx",
          { type: "PropertyCollector", value: "propertyCollector" },
          '<specSet><propSet><type>Folder</type><pathSet>name</pathSet></propSet><objectSet><obj type="Folder">group-d1</obj></objectSet></specSet><options></options>',
        )
      ).xml;
    });
  });

  it("lists VMs through a container view with the same properties", async () => {
    const paths = [
      "name",
      "config.instanceUuid",
      "config.uuid",
      "config.template",
      "runtime.powerState",
      "config.hardware.numCPU",
      "config.hardware.memoryMB",
      "config.guestId",
      "config.guestFullName",
      "runtime.host",
      "datastore",
      "parent",
      "resourcePool",
      "summary.quickStats.uptimeSeconds",
      "customValue",
      "no.such.property",
    ];
    await expectSameShape(async (target) => (await target.calls.retrieveView(await target.calls.vmView(), paths)).xml);
  });

  it("reports a running VM's guest and devices alike, and the older RetrieveProperties alike", async () => {
    const guest = [
      "guest.net",
      "guest.disk",
      "guest.toolsRunningStatus",
      "guest.toolsStatus",
      "config.hardware.device",
      "summary.quickStats.uptimeSeconds",
    ];
    // vcsim's guests run without VMware Tools, so they report no addresses and no file systems; its own
    // VMs sit on a distributed port group with an E1000 (VMXNET3 on a standard port group is compared
    // on created VMs above).
    await expectSameShape(
      async (target) => (await target.calls.retrieve(vmRef(target.runningVm), guest)).xml,
      [...VM_ALLOWANCES, /GuestNicInfo\/(ipAddress|network)$/, /\/GuestDiskInfo/, /VirtualDevice\{VirtualVmxnet3\}/],
    );
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "RetrieveProperties",
            { type: "PropertyCollector", value: "propertyCollector" },
            `<specSet><propSet><type>VirtualMachine</type><pathSet>name</pathSet><pathSet>runtime.powerState</pathSet></propSet><objectSet><obj type="VirtualMachine">${target.runningVm}</obj></objectSet></specSet>`,
          )
        ).xml,
    );
  });

  it("describes performance alike: the counter table, a VM's metrics and QueryPerf series", async () => {
    await expectSameShape(
      async (target) =>
        (await target.calls.retrieve({ type: "PerformanceManager", value: "PerfMgr" }, ["perfCounter"])).xml,
    );
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "QueryAvailablePerfMetric",
            { type: "PerformanceManager", value: "PerfMgr" },
            `<entity type="VirtualMachine">${target.runningVm}</entity><intervalId>20</intervalId>`,
          )
        ).xml,
    );
    const spec = (vm: string) =>
      `<querySpec><entity type="VirtualMachine">${vm}</entity><maxSample>3</maxSample>` +
      ["2", "24", "155"]
        .map((id) => `<metricId><counterId>${id}</counterId><instance></instance></metricId>`)
        .join("") +
      `<intervalId>20</intervalId></querySpec>`;
    await expectSameShape(
      async (target) =>
        (
          await target.calls.soap.raw(
            "QueryPerf",
            { type: "PerformanceManager", value: "PerfMgr" },
            spec(target.runningVm),
          )
        ).xml,
    );
  });

  it("lists sessions alike: currentSession and sessionList, with and without a session", async () => {
    const paths = "<pathSet>currentSession</pathSet><pathSet>sessionList</pathSet>";
    const spec = `<specSet><propSet><type>SessionManager</type>${paths}</propSet><objectSet><obj type="SessionManager">SessionManager</obj></objectSet></specSet><options></options>`;
    const collector = { type: "PropertyCollector", value: "propertyCollector" };
    await expectSameShape(async (target) => (await target.calls.soap.raw("RetrievePropertiesEx", collector, spec)).xml);
    await expectSameShape(
      async (target) =>
        (await new SoapTestClient(target.calls.soap.url).raw("RetrievePropertiesEx", collector, spec)).xml,
    );
  });

  it("ends sessions alike", async () => {
    await expectSameShape(async (target) => {
      const client = new SoapTestClient(target.calls.soap.url);
      await client.login();
      return (await client.raw("Logout", { type: "SessionManager", value: "SessionManager" })).xml;
    });
  });
});
