import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { developmentSecretKeyFile, loadSecretKey, openSecret, sealSecret, type SecretKeySource } from "./secret-box";

const source = (dataDir: string, file: string | undefined, production: boolean): SecretKeySource => ({
  variable: "EXAMPLE_KEY_FILE",
  name: "example-key",
  file,
  dataDir,
  production,
});

describe("secrets at rest", () => {
  it("are sealed with a fresh IV each time and open only for their own row", () => {
    const key = randomBytes(32);
    const first = sealSecret(key, "the-secret", "org-a");
    const second = sealSecret(key, "the-secret", "org-a");
    expect(first).not.toBe(second);
    expect(first).not.toContain("the-secret");
    expect(openSecret(key, first, "org-a")).toBe("the-secret");
    expect(() => openSecret(key, first, "org-b")).toThrow();
    expect(() => openSecret(randomBytes(32), first, "org-a")).toThrow();
  });

  it("use a key made once under DATA_DIR/keys in development, a file in production", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "dcx-secret-key-"));
    try {
      const made = loadSecretKey(source(dataDir, undefined, false));
      expect(made).toHaveLength(32);
      expect(loadSecretKey(source(dataDir, undefined, false))).toEqual(made);
      expect((await stat(developmentSecretKeyFile(dataDir, "example-key"))).mode & 0o077).toBe(0);
      expect(() => loadSecretKey(source(dataDir, undefined, true))).toThrow(/EXAMPLE_KEY_FILE: required in production/);
      const file = path.join(dataDir, "given.key");
      await writeFile(file, randomBytes(32).toString("base64"));
      expect(loadSecretKey(source(dataDir, file, true))).toEqual(Buffer.from(await readFile(file, "utf8"), "base64"));
      await writeFile(file, "too short");
      expect(() => loadSecretKey(source(dataDir, file, true))).toThrow(/32 bytes/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
