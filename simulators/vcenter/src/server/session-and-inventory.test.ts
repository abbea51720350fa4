import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVcenterSimulator, type VcenterSimulator } from "./vcenter-simulator";
import { faultType, SoapTestClient, texts } from "../testing/soap-test-client";
import { VimCalls } from "../testing/vim-calls";
import { DEMO_VMS } from "../inventory/demo-inventory";

let simulator: VcenterSimulator;
beforeAll(async () => {
  simulator = await startVcenterSimulator({ taskDelayMs: 20 });
});
afterAll(() => simulator.close());

describe("health", () => {
  it("answers GET /health for supervisors, and nothing but POST /sdk otherwise", async () => {
    const base = simulator.url.replace(/\/sdk$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/sdk`)).status).toBe(404);
    expect((await fetch(`${base}/health`, { method: "POST" })).status).toBe(404);
  });
});

describe("sessions", () => {
  it("refuses calls before Login with NotAuthenticated and answers them after", async () => {
    const client = new SoapTestClient(simulator.url);
    const before = await client.raw(
      "CreateContainerView",
      { type: "ViewManager", value: "ViewManager" },
      '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
    );
    expect(before.status).toBe(500);
    expect(faultType(before.xml)).toBe("NotAuthenticated");
    await client.login();
    const after = await client.raw(
      "CreateContainerView",
      { type: "ViewManager", value: "ViewManager" },
      '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
    );
    expect(after.status).toBe(200);
  });

  it("reports properties read without a session as missing with NotAuthenticated, as vcsim does", async () => {
    const answer = await new VimCalls(simulator.url).retrieve({ type: "Folder", value: "group-d1" }, ["name"]);
    expect(answer.xml).toContain('XMLSchema-instance:type="NotAuthenticated"');
    expect(answer.xml).not.toContain("<propSet>");
  });

  it("refuses an empty password and a second Login on one session with InvalidLogin", async () => {
    const client = new SoapTestClient(simulator.url);
    const empty = await client.raw(
      "Login",
      { type: "SessionManager", value: "SessionManager" },
      "<userName>u</userName><password></password>",
    );
    expect(faultType(empty.xml)).toBe("InvalidLogin");
    await client.login();
    const again = await client.raw(
      "Login",
      { type: "SessionManager", value: "SessionManager" },
      "<userName>u</userName><password>p</password>",
    );
    expect(faultType(again.xml)).toBe("InvalidLogin");
  });

  it("ends the session on Logout", async () => {
    const client = new SoapTestClient(simulator.url);
    await client.login();
    await client.raw("Logout", { type: "SessionManager", value: "SessionManager" });
    const after = await client.raw(
      "CreateContainerView",
      { type: "ViewManager", value: "ViewManager" },
      '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
    );
    expect(faultType(after.xml)).toBe("NotAuthenticated");
  });

  it("lists the caller's session and every session, and ends another session with TerminateSession", async () => {
    const operator = new VimCalls(simulator.url);
    await operator.soap.login();
    const victim = new SoapTestClient(simulator.url);
    await victim.login();
    const manager = { type: "SessionManager", value: "SessionManager" };
    const sessions = await operator.retrieve(manager, ["currentSession", "sessionList"]);
    const own = texts(/<name>currentSession<\/name>.*?<\/val>/.exec(sessions.xml)![0], "key")[0]!;
    const others = texts(/<name>sessionList<\/name>.*?<\/val>/.exec(sessions.xml)![0], "key").filter(
      (key) => key !== own,
    );
    expect(others.length).toBeGreaterThanOrEqual(1);
    await operator.soap.raw("TerminateSession", manager, others.map((key) => `<sessionId>${key}</sessionId>`).join(""));
    const after = await victim.raw(
      "CreateContainerView",
      { type: "ViewManager", value: "ViewManager" },
      '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
    );
    expect(faultType(after.xml)).toBe("NotAuthenticated");
    expect((await operator.vmView()).length).toBeGreaterThan(0);
  });

  it("forgets a session idle for longer than the timeout, and keeps one idle for exactly the timeout", async () => {
    let now = Date.parse("2026-11-26T10:00:00Z");
    const timed = await startVcenterSimulator({ clock: () => new Date(now), sessionTimeoutMs: 60_000 });
    try {
      const client = new SoapTestClient(timed.url);
      await client.login();
      const view = () =>
        client.raw(
          "CreateContainerView",
          { type: "ViewManager", value: "ViewManager" },
          '<container type="Folder">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>',
        );
      now += 60_000;
      expect((await view()).status).toBe(200);
      now += 60_001;
      expect(faultType((await view()).xml)).toBe("NotAuthenticated");
    } finally {
      await timed.close();
    }
  });

  it("answers unknown methods with InvalidRequest and methods of another type with MethodNotFound", async () => {
    const client = new SoapTestClient(simulator.url);
    await client.login();
    expect(faultType((await client.raw("FooBar", { type: "Folder", value: "group-d1" })).xml)).toBe("InvalidRequest");
    expect(faultType((await client.raw("PowerOnVM_Task", { type: "Folder", value: "group-d1" })).xml)).toBe(
      "MethodNotFound",
    );
  });
});

describe("inventory", () => {
  it("holds one folder per organisation under vm/dcx with the demo VMs in it", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    for (const [organization, vms] of Object.entries(DEMO_VMS)) {
      const folder = Object.values(simulator.state.folders).find((item) => item.name === organization)!;
      expect(simulator.state.folders[folder.parent!]!.name).toBe("dcx");
      const answer = await calls.retrieveView(await calls.vmView(folder.id), ["name"]);
      expect(texts(answer.xml, "val").sort()).toEqual(vms.map((vm) => vm.name).sort());
    }
  });

  it("pages RetrievePropertiesEx by maxObjects: exactly maxObjects per page, a token only while more remain", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    const view = await calls.vmView();
    const total = Object.keys(simulator.state.vms).length;
    const all = await calls.retrieveView(view, ["name"]);
    expect(texts(all.xml, "obj")).toHaveLength(total);
    expect(texts(all.xml, "token")).toHaveLength(0);
    const exact = await calls.retrieveView(view, ["name"], total);
    expect(texts(exact.xml, "token")).toHaveLength(0);
    const oneShort = await calls.retrieveView(view, ["name"], total - 1);
    expect(texts(oneShort.xml, "obj")).toHaveLength(total - 1);
    const token = texts(oneShort.xml, "token")[0]!;
    const last = await calls.continueRetrieve(token);
    expect(texts(last.xml, "obj")).toHaveLength(1);
    expect(texts(last.xml, "token")).toHaveLength(0);
    expect(faultType((await calls.continueRetrieve(token)).xml)).toBe("InvalidArgument");
  });

  it("reports an unknown property in missingSet with InvalidProperty", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    const vm = await calls.vmNamed("adk-web-01");
    const answer = await calls.retrieve({ type: "VirtualMachine", value: vm }, ["name", "no.such.property"]);
    expect(answer.xml).toContain('XMLSchema-instance:type="InvalidProperty"');
    expect(texts(answer.xml, "val")).toEqual(["adk-web-01"]);
  });

  it("finds a VM by instance UUID and nothing for an unknown UUID", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    const vm = Object.values(simulator.state.vms).find((item) => item.name === "san-crm-01")!;
    const search = { type: "SearchIndex", value: "SearchIndex" };
    const found = await calls.soap.raw(
      "FindByUuid",
      search,
      `<uuid>${vm.instanceUuid.toUpperCase()}</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>`,
    );
    expect(texts(found.xml, "returnval")).toEqual([vm.id]);
    const none = await calls.soap.raw(
      "FindByUuid",
      search,
      `<uuid>00000000-0000-5000-8000-000000000000</uuid><vmSearch>true</vmSearch><instanceUuid>true</instanceUuid>`,
    );
    expect(texts(none.xml, "returnval")).toEqual([]);
  });

  it("reports guest addresses, tools and disks for running VMs and none for stopped ones", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    const running = { type: "VirtualMachine", value: await calls.vmNamed("adk-web-01") };
    const stopped = { type: "VirtualMachine", value: await calls.vmNamed("adk-jump-01") };
    expect(await calls.property(running, "guest.ipAddress")).toMatch(/^10\.20\.\d+\.\d+$/);
    expect(await calls.property(running, "guest.toolsRunningStatus")).toBe("guestToolsRunning");
    expect(await calls.property(running, "guest.disk")).toContain("<diskPath>/</diskPath>");
    expect(await calls.property(stopped, "guest.ipAddress")).toBeUndefined();
    expect(await calls.property(stopped, "guest.toolsRunningStatus")).toBe("guestToolsNotRunning");
  });

  it("places disks on the datastore of their tier", async () => {
    const calls = new VimCalls(simulator.url);
    await calls.soap.login();
    const devices = await calls.property(
      { type: "VirtualMachine", value: await calls.vmNamed("adk-file-01") },
      "config.hardware.device",
    );
    expect(texts(devices!, "fileName")).toEqual([
      "[ds-standard-01] adk-file-01/adk-file-01.vmdk",
      "[ds-archive-01] adk-file-01/adk-file-01_1.vmdk",
    ]);
    expect(texts(devices!, "capacityInKB")).toEqual([String(60 * 1024 * 1024), String(1024 * 1024 * 1024)]);
  });
});
