import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { VSphereSession } from "./session";
import { SoapTransport } from "./soap-transport";

type Reply = (request: IncomingMessage, body: string, response: ServerResponse) => void;

const envelope = (inner: string, prefix = "soapenv") =>
  `<?xml version="1.0"?><${prefix}:Envelope xmlns:${prefix}="http://schemas.xmlsoap.org/soap/envelope/" ` +
  `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><${prefix}:Body>${inner}</${prefix}:Body></${prefix}:Envelope>`;

const fault = (type: string, text: string, prefix = "soapenv", typePrefix = "") =>
  envelope(
    `<${prefix}:Fault><faultcode>ServerFaultCode</faultcode><faultstring>${text}</faultstring>` +
      `<detail><${type}Fault xmlns="urn:vim25" xsi:type="${typePrefix}${type}"/></detail></${prefix}:Fault>`,
    prefix,
  );

const ok = (method: string, inner = "") =>
  envelope(`<${method}Response xmlns="urn:vim25">${inner}</${method}Response>`);

/** A real HTTP server answering each request with the next scripted reply. */
async function scriptedServer(replies: Reply[]) {
  const seen: { body: string; cookie: string | undefined }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ body, cookie: request.headers.cookie });
      const reply = replies[Math.min(seen.length - 1, replies.length - 1)]!;
      reply(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sdk`;
  servers.push(server);
  return { url, seen };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const send =
  (status: number, body: string, headers: Record<string, string> = {}): Reply =>
  (_request, _body, response) =>
    response.writeHead(status, { "content-type": "text/xml", ...headers }).end(body);

describe("the vim25 transport", () => {
  it("turns each vim25 fault into its stable code, keeping the fault's name and text", async () => {
    const table: [string, string][] = [
      ["NotAuthenticated", "NOT_AUTHENTICATED"],
      ["InvalidLogin", "NOT_AUTHENTICATED"],
      ["DuplicateName", "DUPLICATE_NAME"],
      ["InvalidPowerState", "INVALID_POWER_STATE"],
      ["InvalidState", "INVALID_STATE"],
      ["InsufficientResourcesFault", "INSUFFICIENT_RESOURCES"],
      ["ManagedObjectNotFound", "NOT_FOUND"],
      ["NotFound", "NOT_FOUND"],
      ["InvalidArgument", "INVALID_ARGUMENT"],
      ["MethodNotFound", "NOT_SUPPORTED"],
      ["HostCommunication", "UNAVAILABLE"],
      ["SystemError", "FAULT"],
    ];
    for (const [type, code] of table) {
      const { url } = await scriptedServer([send(500, fault(type, `the ${type} text`))]);
      const transport = new SoapTransport({ url, callTimeoutMs: 5_000 });
      await expect(transport.call("PowerOnVM_Task", {})).rejects.toMatchObject({
        code,
        faultName: type,
        message: expect.stringContaining(`the ${type} text`),
      });
      await transport.close();
    }
  });

  it("reads faults whatever the envelope's prefix and the type's namespace prefix", async () => {
    const { url } = await scriptedServer([send(500, fault("DuplicateName", "taken", "SOAP-ENV", "vim25:"))]);
    const transport = new SoapTransport({ url, callTimeoutMs: 5_000 });
    await expect(transport.call("CreateFolder", {})).rejects.toMatchObject({ code: "DUPLICATE_NAME" });
    await transport.close();
  });

  it("keeps the session cookie from Login and sends it back, never the credentials in the URL", async () => {
    const { url, seen } = await scriptedServer([
      send(200, ok("Login"), { "set-cookie": 'vmware_soap_session="abc123"; Path=/; HttpOnly' }),
      send(200, ok("Logout")),
    ]);
    const withCredentials = url.replace("http://", "http://user:pw@");
    const transport = new SoapTransport({ url: withCredentials, callTimeoutMs: 5_000 });
    await transport.call("Login", { userName: "a&b", password: "<p>" });
    await transport.call("Logout", {});
    expect(seen[0]!.body).toContain("<userName>a&amp;b</userName><password>&lt;p&gt;</password>");
    expect(seen[0]!.cookie).toBeUndefined();
    expect(seen[1]!.cookie).toBe('vmware_soap_session="abc123"');
    await transport.close();
  });

  it("retries a busy server (HTTP 503) with backoff, as often as allowed", async () => {
    const busy = send(503, "busy", { "content-type": "text/plain" });
    const { url, seen } = await scriptedServer([busy, busy, send(200, ok("RetrieveServiceContent", "<returnval/>"))]);
    const transport = new SoapTransport({ url, callTimeoutMs: 5_000 });
    const patient = new VSphereSession(transport, { user: "u", password: "p" }, { retries: 2, backoffMs: 5 });
    await expect(patient.invoke("RetrieveServiceContent", {})).resolves.toBeDefined();
    expect(seen).toHaveLength(3);

    const again = await scriptedServer([busy, busy, send(200, ok("RetrieveServiceContent"))]);
    const hasty = new VSphereSession(
      new SoapTransport({ url: again.url, callTimeoutMs: 5_000 }),
      { user: "u", password: "p" },
      { retries: 1, backoffMs: 5 },
    );
    await expect(hasty.invoke("RetrieveServiceContent", {})).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(again.seen).toHaveLength(2);
    await transport.close();
  });

  it("never repeats a call that changes something once vCenter may have received it", async () => {
    const cut: Reply = (request) => request.socket.destroy();
    const { url, seen } = await scriptedServer([cut, cut, send(200, ok("RetrievePropertiesEx"))]);
    const transport = new SoapTransport({ url, callTimeoutMs: 5_000 });
    const session = new VSphereSession(transport, { user: "u", password: "p" }, { retries: 3, backoffMs: 5 });
    await expect(session.invoke("PowerOnVM_Task", {}, { idempotent: false })).rejects.toMatchObject({
      code: "UNAVAILABLE",
    });
    expect(seen).toHaveLength(1);
    // A read is safe to repeat: cut once more, then answered.
    await expect(session.invoke("RetrievePropertiesEx", {}, { idempotent: true })).resolves.toBeDefined();
    expect(seen).toHaveLength(3);
    await transport.close();
  });

  it("says plainly when the answer is not SOAP", async () => {
    const { url } = await scriptedServer([send(200, "<html>login page</html>", { "content-type": "text/html" })]);
    const transport = new SoapTransport({ url, callTimeoutMs: 5_000 });
    await expect(transport.call("Login", {})).rejects.toMatchObject({
      code: "FAULT",
      message: expect.stringContaining("HTTP 200 without a SOAP answer"),
    });
    await transport.close();
  });
});
