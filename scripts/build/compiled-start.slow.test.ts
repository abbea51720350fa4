import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ManagedProcess, spawnBuilt, stopAll } from "../processes";
import { BUILD_INPUTS, BUILD_STAMP, bundlePlatform } from "./bundle";
import { isStale } from "./staleness";
import { serviceEntries } from "./service-entries";

/** A real subgraph process from dist/, as `npm start` runs it: plain node, nothing compiled at start. */
describe("a compiled service", () => {
  let service: ManagedProcess | undefined;
  beforeAll(async () => {
    if (isStale(BUILD_STAMP, BUILD_INPUTS)) await bundlePlatform();
  });
  afterAll(async () => {
    if (service) await stopAll([service]);
  });

  it("starts a subgraph with plain node from dist/: schema built, migrations found, only signed calls served", async () => {
    const catalog = serviceEntries().catalog!;
    // The embedded database: a fresh folder, whatever the environment names.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "development",
      CATALOG_PORT: "0",
      CATALOG_DATABASE_URL: "",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "dcx-built-")),
      // Its "ready at" line is an info line; a test run's own default level is warn.
      LOG_LEVEL: "info",
    };
    service = spawnBuilt(catalog, env);
    const child = service.child;
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /ready at (http:\/\/\S+)\/graphql/.exec(output);
        if (ready?.[1]) resolve(ready[1]);
      });
      child.once("exit", (code) => reject(new Error(`catalog exited with ${code}: ${output}`)));
    });
    expect(child.spawnargs).toEqual([process.execPath, "--enable-source-maps", catalog.built]);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    const direct = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(direct.status).toBe(401);
  });
});
