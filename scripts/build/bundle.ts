import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type OnResolveArgs, type Plugin, type PluginBuild } from "esbuild";
// The kit's paths alone: its index loads every server library, which building does not need.
import { repoRoot } from "../../kit/src/paths";
import { distDir, scriptEntries, serviceEntries } from "./service-entries";

/**
 * Packages from node_modules stay imports, resolved by node at run time: one copy of each
 * (graphql above all: type-graphql and Apollo must share its classes), and no CommonJS inlined
 * into ES modules. Only the workspace's own TypeScript (`@dcx/*` and relative imports) is bundled.
 */
const externalPackages: Plugin = {
  name: "external-packages",
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@dcx/") || args.pluginData === RESOLVING) return undefined;
      const resolve = (specifier: string) => resolveFile(context, specifier, args);
      const nested = args.path.startsWith("node:") ? null : workspaceCopyPath(await resolve(args.path));
      return { path: nested ?? (await runtimeSpecifier(args.path, resolve)), external: true };
    });
  },
};

const RESOLVING = Symbol("resolving");

async function resolveFile(context: PluginBuild, specifier: string, args: OnResolveArgs): Promise<string> {
  const resolved = await context.resolve(specifier, {
    kind: args.kind,
    resolveDir: args.resolveDir,
    importer: args.importer,
    pluginData: RESOLVING,
  });
  if (resolved.errors.length) throw new Error(`cannot resolve ${specifier} from ${args.importer}`);
  return resolved.path;
}

/**
 * A package a workspace keeps its own copy of (`supergraph/node_modules/cookie`, because the root
 * holds another version for someone else) would be found at the root from dist/: such an import
 * points at the workspace's copy instead, relative to dist/<group>/ (where every output sits).
 */
export function workspaceCopyPath(file: string, root = repoRoot): string | null {
  if (!path.isAbsolute(file)) return null; // a node built-in
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (relative.startsWith("../") || relative.startsWith("node_modules/") || !relative.includes("/node_modules/")) {
    return null;
  }
  return `../../${relative}`;
}

/**
 * tsx and TypeScript accept a deep import without its extension (`graphql/execution/values`);
 * node's ES module loader does not, for packages without an `exports` map. Such imports get the
 * file's real ending (`graphql/execution/values.js`); everything else stays as written.
 */
export async function runtimeSpecifier(specifier: string, resolve: (specifier: string) => Promise<string>) {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  const subpath = parts.slice(specifier.startsWith("@") ? 2 : 1).join("/");
  if (!subpath || path.extname(subpath)) return specifier;
  const file = (await resolve(specifier)).split(path.sep).join("/");
  const packageName = parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
  const packageRoot = file.slice(0, file.lastIndexOf(`/node_modules/${packageName}/`)) + `/node_modules/${packageName}`;
  const manifest = JSON.parse(readFileSync(`${packageRoot}/package.json`, "utf8")) as { exports?: unknown };
  if (manifest.exports) return specifier; // node applies the package's own map
  const extension = path.extname(file);
  if (file.endsWith(`/${subpath}${extension}`)) return `${specifier}${extension}`;
  if (file.endsWith(`/${subpath}/index${extension}`)) return `${specifier}/index${extension}`;
  return specifier;
}

export const BUILD_STAMP = path.join(distDir, ".built");

/** What the bundles are made from: when none of it changed since BUILD_STAMP, dist/ is current. */
export const BUILD_INPUTS = [
  "kit/src",
  "subgraphs",
  "supergraph/src",
  "simulators",
  "scripts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.base.json",
].map((input) => path.join(repoRoot, input));

/** Bundles every service and root script into dist/; returns the source files bundled and the files written. */
export async function bundlePlatform(): Promise<{ inputs: string[]; outputs: string[] }> {
  const entries = [...Object.values(serviceEntries()), ...scriptEntries()];
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: Object.fromEntries(
      entries.map((entry) => [path.relative(distDir, entry.built).replace(/\.js$/, ""), entry.source]),
    ),
    outdir: distDir,
    entryNames: "[dir]/[name]",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // experimentalDecorators and useDefineForClassFields=false, as type-graphql needs.
    tsconfig: path.join(repoRoot, "tsconfig.json"),
    sourcemap: "linked",
    plugins: [externalPackages],
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(BUILD_STAMP, `${entries.map((entry) => path.relative(repoRoot, entry.source)).join("\n")}\n`);
  return {
    inputs: Object.keys(result.metafile.inputs),
    outputs: Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".js")),
  };
}
