import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acceptedNodeFlags, type ManagedProcess, spawnBuilt, spawnCommand, stopAll, waitUntilReady } from "./processes";

/** A real process on a free port (which it prints) that answers 503 to its first `refusals` requests, then 200. */
function startLateServer(refusals: number): { service: ManagedProcess; port: Promise<number> } {
  const program = `
    const http = require("node:http");
    let requests = 0;
    const server = http.createServer((request, response) => {
      response.statusCode = ++requests > ${refusals} ? 200 : 503;
      response.end();
    });
    server.listen(0, "127.0.0.1", () => console.log("port " + server.address().port));
  `;
  const service = spawnCommand("late", process.execPath, ["-e", program], { env: process.env });
  const port = new Promise<number>((resolve) => {
    service.child.stdout?.on("data", (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return { service, port };
}

const started: ManagedProcess[] = [];
afterEach(async () => {
  await stopAll(started.splice(0));
});

describe("optional node flags", () => {
  it("keeps the flags this Node accepts and drops those it would refuse to start with", () => {
    expect(acceptedNodeFlags(["--max-semi-space-size=1", "--no-such-v8-flag-at-all", "--liftoff-only"])).toEqual([
      "--max-semi-space-size=1",
      "--liftoff-only",
    ]);
  });
});

describe("waiting for a service to be ready", () => {
  it("reports progress while waiting and returns once the service answers", async () => {
    const { service, port } = startLateServer(3);
    started.push(service);
    const progress: string[] = [];
    await waitUntilReady(`http://127.0.0.1:${await port}/`, service, {
      timeoutMs: 30_000,
      progressEveryMs: 1,
      onProgress: (message) => progress.push(message),
    });
    // Three refusals, each followed by a report; the fourth request is answered.
    expect(progress.length).toBe(3);
    expect(progress[0]).toMatch(/^waiting for late \(\d+s of 30s\)…$/);
  });

  it("gives up at the configured time, saying which service and how to wait longer", async () => {
    const { service, port } = startLateServer(Number.MAX_SAFE_INTEGER);
    started.push(service);
    const url = `http://127.0.0.1:${await port}/`;
    const before = Date.now();
    await expect(waitUntilReady(url, service, { timeoutMs: 1000 })).rejects.toThrow(
      `late was not ready at ${url} within 1s (raise READY_TIMEOUT_SECONDS on a busy machine)`,
    );
    expect(Date.now() - before).toBeGreaterThanOrEqual(1000);
  });

  it("stops waiting as soon as the service exits, with its exit code", async () => {
    const service = spawnCommand("broken", process.execPath, ["-e", "process.exit(3)"], { env: process.env });
    started.push(service);
    await expect(waitUntilReady("http://127.0.0.1:9/", service, { timeoutMs: 60_000 })).rejects.toThrow(
      "broken exited (code 3) before it was ready",
    );
  });
});

describe("starting a built service", () => {
  it("gives node the flags before the bundle, so they apply to the service", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dcx-flags-"));
    const built = path.join(folder, "service.js");
    writeFileSync(built, "console.log(JSON.stringify(process.execArgv));");
    const service = spawnBuilt({ name: "flags", source: built, built }, process.env, ["--max-semi-space-size=1"]);
    started.push(service);
    const printed = await new Promise<string>((resolve) =>
      service.child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString())),
    );
    rmSync(folder, { recursive: true, force: true });
    expect(JSON.parse(printed)).toEqual(["--max-semi-space-size=1", "--enable-source-maps"]);
  });
});
