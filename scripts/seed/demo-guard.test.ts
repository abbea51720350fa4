import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { preparePlatform } from "../prepare-platform";
import { assertDemoAllowed, DemoRefusedError } from "./demo-guard";

describe("the demo seed in production", () => {
  it("is refused with NODE_ENV=production, with a message saying why and what to run instead", () => {
    expect(() => assertDemoAllowed({ NODE_ENV: "production" })).toThrow(DemoRefusedError);
    expect(() => assertDemoAllowed({ NODE_ENV: "production" })).toThrow(/NODE_ENV=production.*npm run db:migrate/s);
    expect(() => assertDemoAllowed({ NODE_ENV: "development" })).not.toThrow();
    expect(() => assertDemoAllowed({ NODE_ENV: "test" })).not.toThrow();
    expect(() => assertDemoAllowed({})).not.toThrow();
  });

  it("is refused before any database is opened or written", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-no-demo-"));
    const logged: string[] = [];
    await expect(
      preparePlatform((message) => logged.push(message), {
        seed: true,
        env: { NODE_ENV: "production", DATA_DIR: dataDir },
      }),
    ).rejects.toThrow(DemoRefusedError);
    expect(logged).toEqual([]);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
