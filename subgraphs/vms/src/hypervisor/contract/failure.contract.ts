import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_TLS_CERTIFICATE, TEST_TLS_KEY } from "@dcx/kit/testing";
import { expect, it, vi } from "vitest";
import { loadHypervisorConfig } from "../hypervisor.config";
import { GUEST_ID, type ContractContext } from "./hypervisor.contract";
import { terminateOtherSessions } from "./session-admin";
import { startTestProxy } from "./test-proxy";

/** Sessions ended behind the client's back, slow answers, and TLS. */
export function describeFailureContract(context: ContractContext) {
  it("signs in again once when vCenter ended the session behind its back", async () => {
    const calls: string[] = [];
    const client = context.connect({ onCall: (method) => calls.push(method) });
    const before = await client.listVms();
    const terminated = await terminateOtherSessions(context.target.url, context.target.user, context.target.password);
    expect(terminated).toBeGreaterThanOrEqual(1);

    const after = await client.listVms();
    expect(after.map((vm) => vm.instanceUuid).sort()).toEqual(before.map((vm) => vm.instanceUuid).sort());
    expect(calls.filter((method) => method === "Login")).toHaveLength(2);
    // Every client lost its session; each signs in again on its next call, and only once.
    expect((await context.client.listNetworks()).length).toBeGreaterThan(0);
    await terminateOtherSessions(context.target.url, context.target.user, context.target.password);
    await Promise.all([
      client.listNetworks(),
      client.findVmByInstanceUuid(before[0]!.instanceUuid),
      client.listFolders(),
    ]);
    expect(calls.filter((method) => method === "Login")).toHaveLength(3);
  });

  it("gives up on a call after its time-out with TIMEOUT, and waits as long as it is told", async () => {
    // Only the first call of a session is slow: 1.5 s, far beyond the impatient clients' 200 ms.
    const slow = "RetrieveServiceContent";
    const proxy = await startTestProxy({ target: context.target.url, delayMs: 1_500, delayMethod: slow });
    try {
      const impatient = context.connect({ url: proxy.url, callTimeoutMs: 200, retries: 0 });
      const started = performance.now();
      await expect(impatient.listNetworks()).rejects.toMatchObject({ code: "TIMEOUT" });
      expect(performance.now() - started).toBeLessThan(1_500);
      // The proxy shares this process: give it a moment to log a request the client gave up on.
      const slowCalls = () => proxy.methods.filter((method) => method === slow);
      await vi.waitFor(() => expect(slowCalls()).toHaveLength(1));

      const retrying = context.connect({ url: proxy.url, callTimeoutMs: 200, retries: 2, backoffMs: 10 });
      await expect(retrying.listNetworks()).rejects.toMatchObject({ code: "TIMEOUT" });
      await vi.waitFor(() => expect(slowCalls()).toHaveLength(1 + 3));

      const patient = context.connect({ url: proxy.url, callTimeoutMs: 5_000, retries: 0 });
      expect((await patient.listNetworks()).length).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });

  it("never sends a create twice: after a lost answer it finds the VM by its marker", async () => {
    const proxy = await startTestProxy({ target: context.target.url, dropAnswerTo: "CreateVM_Task" });
    try {
      const client = context.connect({ url: proxy.url, retries: 3, backoffMs: 10 });
      const [network] = await client.listNetworks();
      const marker = context.newMarker();
      const spec = {
        marker,
        name: `contract-lost-${marker.slice(0, 8)}`,
        guestId: GUEST_ID,
        vcpuCount: 1,
        memoryMib: 512,
        disks: [{ capacityGb: 1 }],
        nics: [{ network: network! }],
      };
      const first = await client.createVm(spec).catch((error: unknown) => error);
      if (!(first instanceof Object && "status" in first)) {
        // vCenter has not finished the create yet: the error says to look the VM up later.
        expect(first).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining(marker) });
      }
      let outcome = first;
      for (let tries = 0; !(outcome instanceof Object && "status" in outcome) && tries < 100; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        outcome = await client.createVm(spec).catch((error: unknown) => error);
      }
      expect(outcome).toMatchObject({ status: "exists", vm: { name: spec.name, marker } });
      expect(proxy.methods.filter((method) => method === "CreateVM_Task")).toHaveLength(1);
      const named = (await context.client.listVms()).filter((vm) => vm.name === spec.name);
      expect(named).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it("stops waiting for a task at its time-out without cancelling it", async () => {
    const uuid = await context.createVm();
    const task = await context.client.powerOn(uuid);
    const first = await context.client.taskInfo(task);
    if (first.state === "success") {
      // This endpoint finishes tasks before answering; a zero wait still returns the result.
      expect(await context.client.awaitTask(task, { timeoutMs: 0 })).toMatchObject({ state: "success" });
    } else {
      await expect(context.client.awaitTask(task, { timeoutMs: 1 })).rejects.toMatchObject({ code: "TIMEOUT" });
      expect(await context.client.awaitTask(task, { timeoutMs: 60_000 })).toMatchObject({ state: "success" });
    }
    expect((await context.client.findVmByInstanceUuid(uuid))!.powerState).toBe("poweredOn");
  });

  it("speaks TLS to a vCenter whose certificate is signed by the CA in VCENTER_CA_FILE", async () => {
    const proxy = await startTestProxy({
      target: context.target.url,
      tls: { cert: TEST_TLS_CERTIFICATE, key: TEST_TLS_KEY },
    });
    try {
      const folder = mkdtempSync(path.join(tmpdir(), "dcx-vcenter-ca-"));
      const caFile = path.join(folder, "vcenter-ca.pem");
      writeFileSync(caFile, TEST_TLS_CERTIFICATE);
      const config = loadHypervisorConfig({
        VCENTER_URL: proxy.url,
        VCENTER_USER: context.target.user,
        VCENTER_PASSWORD: context.target.password,
        VCENTER_CA_FILE: caFile,
      })!;
      const trusting = context.connect(config);
      expect((await trusting.listNetworks()).length).toBeGreaterThan(0);

      const distrusting = context.connect({ url: proxy.url });
      await expect(distrusting.listNetworks()).rejects.toMatchObject({
        code: "FAULT",
        message: expect.stringMatching(/certificate is not trusted/),
      });
    } finally {
      await proxy.close();
    }
  });
}
