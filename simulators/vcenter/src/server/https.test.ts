import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVcenterSimulator, type VcenterSimulator } from "./vcenter-simulator";

let folder: string;
let certificate: string;
let simulator: VcenterSimulator;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "vcenter-tls-"));
  // A throw-away self-signed certificate for 127.0.0.1, made for this test run only.
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      join(folder, "key.pem"),
      "-out",
      join(folder, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  certificate = await readFile(join(folder, "cert.pem"), "utf8");
  simulator = await startVcenterSimulator({ tls: { key: await readFile(join(folder, "key.pem")), cert: certificate } });
});
afterAll(async () => {
  await simulator.close();
  await rm(folder, { recursive: true, force: true });
});

function post(ca: string | undefined): Promise<number> {
  const body =
    '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>' +
    '<RetrieveServiceContent xmlns="urn:vim25"><_this type="ServiceInstance">ServiceInstance</_this></RetrieveServiceContent></soapenv:Body></soapenv:Envelope>';
  return new Promise((resolve, reject) => {
    const outgoing = request(
      simulator.url,
      { method: "POST", ca, headers: { "content-type": "text/xml" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.once("error", reject);
    outgoing.end(body);
  });
}

describe("HTTPS", () => {
  it("serves https://…/sdk to a client that trusts the certificate", async () => {
    expect(simulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/sdk$/);
    expect(await post(certificate)).toBe(200);
  });

  it("is refused by a client that does not trust the certificate", async () => {
    await expect(post(undefined)).rejects.toThrow(/self-signed|self signed/);
  });
});
