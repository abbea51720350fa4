import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareOnce } from "./prepare-once";

describe("npm start's preparation", () => {
  it("opens no database once embedded databases were prepared: each subgraph migrates its own", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-prepared-"));
    writeFileSync(path.join(dataDir, ".prepared"), "earlier\n");
    const logged: string[] = [];
    await prepareOnce({ dataDir, embedded: true, seed: true, log: (message) => logged.push(message) });
    expect(logged).toEqual(["databases prepared before; each subgraph applies new migrations as it starts"]);
    expect(readdirSync(dataDir)).toEqual([".prepared"]);
  });

  it("hands the first preparation to `prepare`, then marks the embedded databases prepared", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-prepared-"));
    const asked: boolean[] = [];
    const prepare = async (seed: boolean) => void asked.push(seed);
    await prepareOnce({ dataDir, embedded: true, seed: true, log: () => {}, prepare });
    await prepareOnce({ dataDir, embedded: true, seed: true, log: () => {}, prepare });
    expect(asked).toEqual([true]);
    expect(readdirSync(dataDir)).toEqual([".prepared"]);
  });

  it("always checks server databases, whose contents can change elsewhere (and refuses the demo in production)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-prepared-"));
    writeFileSync(path.join(dataDir, ".prepared"), "earlier\n");
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(prepareOnce({ dataDir, embedded: false, seed: true, log: () => {} })).rejects.toThrow(
        /refuses to run with NODE_ENV=production/,
      );
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
