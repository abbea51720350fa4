import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCE = path.dirname(fileURLToPath(import.meta.url));
/** Test files and their helpers may drive the simulator; nothing that ships may. */
const TEST_ONLY = /\.(test|test-world|test-helper|test-helpers)\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

describe("the wallet's product code", () => {
  it("never imports the PayGate simulator, which stands in for PayGate only in development and tests", () => {
    const shipped = sourceFiles(SOURCE).filter((file) => !TEST_ONLY.test(file));
    expect(shipped.length).toBeGreaterThan(50);
    const importing = shipped.filter((file) =>
      /["']@dcx\/paygate-simulator["']|simulators\//.test(readFileSync(file, "utf8")),
    );
    expect(importing.map((file) => path.relative(SOURCE, file))).toEqual([]);
  });

  it("is checked by that rule: a test world that uses the simulator is told apart", () => {
    expect(TEST_ONLY.test("top-up/top-up.test-world.ts")).toBe(true);
    expect(readFileSync(path.join(SOURCE, "top-up", "top-up.test-world.ts"), "utf8")).toContain(
      "@dcx/paygate-simulator",
    );
    expect(TEST_ONLY.test("top-up/paygate-routes.ts")).toBe(false);
  });
});
