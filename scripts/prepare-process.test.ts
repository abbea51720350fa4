import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ManagedProcess } from "./processes";
import { prepareInOwnProcess } from "./prepare-process";

const folders: string[] = [];

/** A stand-in for the built scripts/prepare.js: prints its arguments, then exits with `code`. */
function fakePreparation(code: number) {
  const folder = mkdtempSync(path.join(tmpdir(), "dcx-prepare-"));
  folders.push(folder);
  const built = path.join(folder, "prepare.js");
  writeFileSync(built, `console.log("args " + process.argv.slice(2).join(" ")); process.exit(${code});`);
  return { name: "prepare", source: built, built };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("preparing in a process of its own", () => {
  it("passes --seed only when asked, shows the output under [platform] and is listed only while it runs", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const running: ManagedProcess[] = [];
    const prepare = prepareInOwnProcess(fakePreparation(0), { dev: false, running });

    const seeding = prepare(true);
    expect(running.map((service) => service.name)).toEqual(["platform"]);
    await seeding;
    await prepare(false);

    expect(lines).toEqual(["[platform] args --seed", "[platform] args "]);
    expect(running).toEqual([]);
  });

  it("fails with the exit code when the preparation fails", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const running: ManagedProcess[] = [];
    await expect(prepareInOwnProcess(fakePreparation(3), { dev: false, running })(true)).rejects.toThrow(
      "preparing the databases failed (code 3)",
    );
    expect(running).toEqual([]);
  });
});
