import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scriptEntry } from "./build/service-entries";
import { freePorts } from "./free-ports";
import { launchSimulators } from "./launch-simulators";
import { planOidcSimulator } from "./oidc-simulator";
import { planPayGateSimulator } from "./paygate-simulator";
import { type ManagedProcess, spawnService, stopAll, waitUntilReady } from "./processes";
import { planVcenterSimulator } from "./vcenter-simulator";

const entry = scriptEntry("simulators");
const running: ManagedProcess[] = [];
const folders: string[] = [];
const launch = (env: NodeJS.ProcessEnv) => {
  const service = spawnService("simulators", entry.source, env);
  running.push(service);
  return service;
};

describe("the development simulators of npm start", () => {
  afterAll(async () => {
    await stopAll(running);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("run in one process, each on its own port and answering as it does alone", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-simulators-"));
    folders.push(dataDir);
    const [paygatePort, vcenterPort, oidcPort] = await freePorts(3);
    const plans = [
      planPayGateSimulator({ port: paygatePort!, dataDir }),
      planVcenterSimulator({ port: vcenterPort!, dataDir }),
      planOidcSimulator({
        port: oidcPort!,
        dataDir,
        webUrl: "http://127.0.0.1:5173",
        backChannelLogoutUrl: "http://127.0.0.1:4001/sso/back-channel-logout",
      }),
    ];
    const simulators = launchSimulators(plans, entry, { ...process.env }, (_, env) => launch(env));
    for (const plan of plans) await waitUntilReady(plan.healthUrl, simulators, 60_000);

    const discovery = await fetch(`${plans[2]!.url}/.well-known/openid-configuration`);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(plans[2]!.url);
    const login = await fetch(plans[1]!.url, {
      method: "POST",
      headers: { "content-type": "text/xml", soapaction: "urn:vim25/8.0" },
      body:
        '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
        '<soapenv:Body><RetrieveServiceContent xmlns="urn:vim25"><_this type="ServiceInstance">ServiceInstance</_this>' +
        "</RetrieveServiceContent></soapenv:Body></soapenv:Envelope>",
    });
    expect(await login.text()).toContain("SessionManager");
    // The wallet is told the same merchant the simulator was started with.
    const paygate = plans[0] as ReturnType<typeof planPayGateSimulator>;
    expect(paygate.walletEnv.PAYGATE_URL).toBe(paygate.url);
    expect(paygate.walletEnv.PAYGATE_ID).toBe(
      planPayGateSimulator({ port: paygatePort!, dataDir }).walletEnv.PAYGATE_ID,
    );
  });

  it("refuses to start without knowing which simulators to run, naming them", async () => {
    const service = launch({ ...process.env, SIMULATORS: "paygate,smtp" });
    let output = "";
    service.child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    service.child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => service.child.once("exit", resolve));
    expect(code).toBe(2);
    expect(output).toContain('SIMULATORS must name some of paygate, vcenter, oidc (given "paygate,smtp")');
  });
});
