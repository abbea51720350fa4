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
const TEMPLATE_CACHE_FOLDER = path.join(repoRoot, "node_modules", ".cache", "dcx-test-databases");

const templates = new Map<string, Promise<Blob>>();

/** The migrated, empty data directory for `migrationsFolder`, as `PGlite({ loadDataDir })` takes it. */
export function migratedDataDir(migrationsFolder: string, cacheFolder = TEMPLATE_CACHE_FOLDER): Promise<Blob> {
  const prefix = `${path.basename(migrationsFolder)}-`;
  const file = path.join(cacheFolder, `${prefix}${fingerprint(migrationsFolder)}.tar.gz`);
  let template = templates.get(file);
  if (!template) {
    template = loadOrBuild(migrationsFolder, file, prefix);
    // A failed build is not remembered: the next database tries again.
    template.catch(() => templates.delete(file));
    templates.set(file, template);
  }
  return template;
}

async function loadOrBuild(migrationsFolder: string, file: string, prefix: string): Promise<Blob> {
  const stored = readStored(file);
  if (stored) return new Blob([stored]);
  const tarball = await build(migrationsFolder);
  store(file, prefix, tarball);
  return new Blob([tarball]);
}

async function build(migrationsFolder: string): Promise<Uint8Array> {
  const client = new PGlite();
  try {
    // PGlite 0.5's dumpDataDir never settles on a database still starting.
    await client.waitReady;
    await migrate(drizzle(client), { migrationsFolder });
    // "none": the file is compressed by zlib, far faster than PGlite's own gzip.
    return new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer());
  } finally {
    await client.close();
  }
}

/** The stored tarball; none when missing or unreadable (e.g. cut short by a full disk), so it is built again. */
function readStored(file: string): Buffer | undefined {
  try {
    return gunzipSync(readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Written under a private name, then renamed: a parallel test process reads a whole file or none.
 * Keeping it is only a saving, so a folder that cannot be written costs time, never a test.
 */
function store(file: string, prefix: string, tarball: Uint8Array): void {
  const folder = path.dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, gzipSync(tarball, { level: 1 }));
    renameSync(partial, file);
    for (const old of readdirSync(folder)) {
      if (old.startsWith(prefix) && old.endsWith(".tar.gz") && path.join(folder, old) !== file) {
        rmSync(path.join(folder, old), { force: true });
      }
    }
  } catch (error) {
    console.warn(`test database template not kept in ${folder}: ${(error as Error).message}`);
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

let version: string | undefined;
function pgliteVersion(): string {
  if (version) return version;
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const packageJson = path.join(path.dirname(entry), "..", "package.json");
  version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
  return version;
}
