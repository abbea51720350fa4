import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundlePlatform, runtimeSpecifier, workspaceCopyPath } from "./bundle";
import { distDir, serviceEntries } from "./service-entries";

/**
 * The packages a built file loads: its static imports, followed through dist/'s chunks, and with
 * `dynamic` also what it imports later (`import("…")` of a chunk).
 */
function packagesLoaded(file: string, { dynamic = false } = {}): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const source = readFileSync(current, "utf8");
    for (const [, specifier] of source.matchAll(/^import\s[^"']*?["']([^"']+)["']/gm)) {
      if (specifier!.startsWith(".")) visit(path.resolve(path.dirname(current), specifier!));
      else
        packages.add(
          specifier!
            .split("/")
            .slice(0, specifier!.startsWith("@") ? 2 : 1)
            .join("/"),
        );
    }
    if (!dynamic) return;
    for (const [, chunk] of source.matchAll(/\bimport\("(\.[^"]+)"\)/g))
      visit(path.resolve(path.dirname(current), chunk!));
  };
  visit(file);
  return packages;
}

/** What the platform's services run on, which a process that only serves a stand-in or watches others need not load. */
const SERVER_LIBRARIES = ["@apollo/server", "@apollo/gateway", "@electric-sql/pglite", "drizzle-orm", "pg"];

const resolveTo = (file: string) => () => Promise.resolve(file);

describe("how a bundled service imports packages", () => {
  it("gives a deep import into a package without an exports map its file's ending, as node requires", async () => {
    const values = path.join(process.cwd(), "node_modules", "graphql", "execution", "values.js");
    expect(await runtimeSpecifier("graphql/execution/values", resolveTo(values))).toBe("graphql/execution/values.js");
    const index = path.join(process.cwd(), "node_modules", "graphql", "execution", "index.js");
    expect(await runtimeSpecifier("graphql/execution", resolveTo(index))).toBe("graphql/execution/index.js");
  });

  it("leaves packages, node built-ins, written endings and exports-mapped subpaths as written", async () => {
    const never = () => Promise.reject(new Error("not resolved"));
    expect(await runtimeSpecifier("graphql", never)).toBe("graphql");
    expect(await runtimeSpecifier("@apollo/server", never)).toBe("@apollo/server");
    expect(await runtimeSpecifier("node:fs/promises", never)).toBe("node:fs/promises");
    expect(await runtimeSpecifier("graphql/index.js", never)).toBe("graphql/index.js");
    // drizzle-orm maps ./pg-core in its exports; node applies the map itself.
    const pgCore = path.join(process.cwd(), "node_modules", "drizzle-orm", "pg-core", "index.js");
    expect(await runtimeSpecifier("drizzle-orm/pg-core", resolveTo(pgCore))).toBe("drizzle-orm/pg-core");
  });
});

describe("a package a workspace keeps its own copy of", () => {
  const root = "/repo";
  it("is imported from that copy, relative to dist/<group>/, so dist finds the version the workspace asked for", () => {
    expect(workspaceCopyPath("/repo/supergraph/node_modules/cookie/dist/index.js", root)).toBe(
      "../../supergraph/node_modules/cookie/dist/index.js",
    );
    expect(workspaceCopyPath("/repo/subgraphs/vms/node_modules/uuid/dist/esm/index.js", root)).toBe(
      "../../subgraphs/vms/node_modules/uuid/dist/esm/index.js",
    );
  });

  it("leaves root packages and node built-ins to node's own resolution", () => {
    expect(workspaceCopyPath("/repo/node_modules/graphql/index.mjs", root)).toBeNull();
    expect(workspaceCopyPath("fs", root)).toBeNull();
    expect(workspaceCopyPath("/elsewhere/node_modules/x/index.js", root)).toBeNull();
  });
});

describe("the build", () => {
  let bundled: { inputs: string[]; outputs: string[] };
  beforeAll(async () => {
    bundled = await bundlePlatform();
  });

  it("writes one file per service and root script, every one two folders below the repository", () => {
    const entries = Object.values(serviceEntries());
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["tenancy", "wallet", "catalog", "vms", "telemetry-billing", "gateway", "paygate"]),
    );
    for (const entry of entries) expect(bundled.outputs).toContain(path.relative(process.cwd(), entry.built));
    // The kit finds the repository as ../.. from its own file, wherever the bundler put it.
    for (const output of bundled.outputs) expect(output.split("/")).toHaveLength(3);
  });

  it("imports the gateway's own cookie version (the root holds express's older one) from its workspace", () => {
    const chunks = bundled.outputs.map((output) => readFileSync(output, "utf8")).join("\n");
    expect(chunks).toContain('from "../../supergraph/node_modules/cookie/');
    expect(chunks).not.toMatch(/from "cookie"/);
  });

  it("keeps npm start's launcher light: it loads none of the libraries the services run on", () => {
    const loaded = packagesLoaded(path.join(distDir, "scripts", "start.js"));
    expect(loaded).toContain("zod"); // the walk follows the chunks: configuration is parsed with zod
    expect(SERVER_LIBRARIES.filter((library) => loaded.has(library))).toEqual([]);
    // …which the subgraphs do load.
    expect(packagesLoaded(path.join(distDir, "subgraphs", "tenancy.js"))).toContain("@electric-sql/pglite");
  });

  it("runs the development simulators without the services' libraries, whichever it loads", () => {
    const loaded = packagesLoaded(path.join(distDir, "scripts", "simulators.js"), { dynamic: true });
    expect(loaded).toContain("koa"); // the walk reaches the simulators: the OpenID provider runs on koa
    expect(SERVER_LIBRARIES.filter((library) => loaded.has(library))).toEqual([]);
  });

  it("bundles only the workspace's own sources: every package (one graphql) is loaded by node", () => {
    expect(bundled.inputs.length).toBeGreaterThan(100);
    expect(bundled.inputs.filter((input) => input.includes("node_modules"))).toEqual([]);
  });
});
