import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { repoRoot } from "../paths";

/**
 * A new PGlite database runs initdb (a second WebAssembly instance) and then every migration:
 * seconds each, and tests open hundreds. So each migrations folder is applied once, its data
 * directory kept as a tarball, and every test database starts from a copy (a fraction of the
 * time). The tarball lives on disk, named by a hash of the migrations and the PGlite version, so
 * every test process shares it and a changed migration builds a new one.
 */
const CACHE_FOLDER = path.join(repoRoot, "node_modules", ".cache", "dcx-test-databases");

const templates = new Map<string, Promise<Blob>>();

/** The migrated, empty data directory for `migrationsFolder`, as `PGlite({ loadDataDir })` takes it. */
export function migratedDataDir(migrationsFolder: string): Promise<Blob> {
  let template = templates.get(migrationsFolder);
  if (!template) {
    template = loadOrBuild(migrationsFolder);
    // A failed build is not remembered: the next database tries again.
    template.catch(() => templates.delete(migrationsFolder));
    templates.set(migrationsFolder, template);
  }
  return template;
}

async function loadOrBuild(migrationsFolder: string): Promise<Blob> {
  const prefix = `${path.basename(migrationsFolder)}-`;
  const file = path.join(CACHE_FOLDER, `${prefix}${fingerprint(migrationsFolder)}.tar.gz`);
  const stored = readIfPresent(file);
  if (stored) return new Blob([gunzipSync(stored)]);

  const tarball = await build(migrationsFolder);
  store(file, prefix, tarball);
  return new Blob([tarball]);
}

async function build(migrationsFolder: string): Promise<Uint8Array> {
  const client = new PGlite();
  try {
    await migrate(drizzle(client), { migrationsFolder });
    // "none": the tarball is compressed on disk by zlib, far faster than PGlite's own gzip.
    return new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer());
  } finally {
    await client.close();
  }
}

/** Written under a private name, then renamed: a parallel test process reads a whole file or none. */
function store(file: string, prefix: string, tarball: Uint8Array): void {
  mkdirSync(CACHE_FOLDER, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, gzipSync(tarball, { level: 1 }));
  renameSync(partial, file);
  for (const old of readdirSync(CACHE_FOLDER)) {
    if (old.startsWith(prefix) && old.endsWith(".tar.gz") && path.join(CACHE_FOLDER, old) !== file) {
      rmSync(path.join(CACHE_FOLDER, old), { force: true });
    }
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Every file of the migrations folder (SQL and drizzle's journal) and the PGlite that ran them. */
function fingerprint(migrationsFolder: string): string {
  const hash = createHash("sha256").update(`pglite ${pgliteVersion()}\n`);
  const files = readdirSync(migrationsFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(migrationsFolder, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(migrationsFolder, file)));
  return hash.digest("hex").slice(0, 16);
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const packageJson = path.join(path.dirname(entry), "..", "package.json");
  return (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
}
