import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DashboardServer, startDashboardServer } from "./dashboard-server";

/** A stand-in gateway that answers with what it received. */
function startEchoGateway(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      response.writeHead(201, { "content-type": "application/json", "set-cookie": "refresh=r; HttpOnly" });
      response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const portOf = (server: http.Server) => (server.address() as { port: number }).port;

describe("the dashboard server of npm start", () => {
  let folder: string;
  let gateway: http.Server;
  let dashboard: DashboardServer;
  let unreachable: DashboardServer;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "dcx-web-"));
    const root = path.join(folder, "dist");
    mkdirSync(path.join(root, "assets"), { recursive: true });
    writeFileSync(path.join(root, "index.html"), "<!doctype html><title>DCX</title>");
    writeFileSync(path.join(root, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(path.join(folder, "secret.txt"), "not for browsers");
    gateway = await startEchoGateway();
    dashboard = await startDashboardServer({ root, port: 0, gatewayUrl: `http://127.0.0.1:${portOf(gateway)}` });
    // A port nothing listens on: the server's own, closed again.
    const closed = await startEchoGateway();
    const closedPort = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    unreachable = await startDashboardServer({ root, port: 0, gatewayUrl: `http://127.0.0.1:${closedPort}` });
  });
  afterAll(async () => {
    await dashboard?.close();
    await unreachable?.close();
    await new Promise((resolve) => gateway?.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it("serves the app's page, revalidated every time, for the root and for any route of the app", async () => {
    for (const route of ["", "vms?org=o-1", "vms/123/console"]) {
      const response = await fetch(`${dashboard.url}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<title>DCX</title>");
    }
  });

  it("serves hashed bundles for a year, and a missing one as 404 rather than the page", async () => {
    const bundle = await fetch(`${dashboard.url}assets/index-abc123.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await bundle.text()).toBe("console.log(1)");
    expect((await fetch(`${dashboard.url}assets/gone-000.js`)).status).toBe(404);
  });

  it("never serves a file outside the build", async () => {
    for (const escape of [
      "%2e%2e/secret.txt",
      "..%2fsecret.txt",
      "assets/..%2f..%2fsecret.txt",
      "%2e%2e%5csecret.txt",
    ]) {
      const body = await new Promise<string>((resolve, reject) => {
        // A raw request line: fetch would normalise the dots away before sending.
        http
          .get({ host: "127.0.0.1", port: new URL(dashboard.url).port, path: `/${escape}` }, (response) => {
            let text = "";
            response.on("data", (chunk) => (text += chunk));
            response.on("end", () => resolve(text));
          })
          .once("error", reject);
      });
      expect(body, escape).not.toContain("not for browsers");
    }
  });

  it("forwards /graphql to the gateway with its body and the browser's address appended to X-Forwarded-For", async () => {
    const response = await fetch(`${dashboard.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9", authorization: "Bearer t" },
      body: '{"query":"{ me { id } }"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("set-cookie")).toBe("refresh=r; HttpOnly");
    const seen = (await response.json()) as {
      method: string;
      url: string;
      headers: Record<string, string>;
      body: string;
    };
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/graphql");
    expect(seen.body).toBe('{"query":"{ me { id } }"}');
    expect(seen.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
    expect(seen.headers.authorization).toBe("Bearer t");
    expect(seen.headers.host).toBe(`127.0.0.1:${portOf(gateway)}`);
  });

  it("forwards the session routes and document downloads, and nothing that merely starts alike", async () => {
    const refresh = await fetch(`${dashboard.url}auth/refresh`, { method: "POST" });
    expect(((await refresh.json()) as { url: string }).url).toBe("/auth/refresh");
    const invoice = await fetch(`${dashboard.url}documents/invoices/7.pdf?x=1`);
    expect(((await invoice.json()) as { url: string }).url).toBe("/documents/invoices/7.pdf?x=1");
    const lookalike = await fetch(`${dashboard.url}graphqlx`);
    expect(await lookalike.text()).toContain("<title>DCX</title>");
  });

  it("says which port it could not take", async () => {
    const taken = Number(new URL(dashboard.url).port);
    await expect(startDashboardServer({ root: folder, port: taken, gatewayUrl: "http://127.0.0.1:1" })).rejects.toThrow(
      `the dashboard cannot listen on 127.0.0.1:${taken} (WEB_PORT): EADDRINUSE`,
    );
  });

  it("answers 502 when the gateway is not there", async () => {
    const response = await fetch(`${unreachable.url}graphql`, { method: "POST", body: "{}" });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("gateway is not reachable");
  });
});
