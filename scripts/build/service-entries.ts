import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
// The kit's paths alone: its index loads every server library, which building does not need.
import { repoRoot } from "../../kit/src/paths";

/** One program the platform runs: its TypeScript entry and where the build writes it. */
export interface ServiceEntry {
  name: string;
  /** The TypeScript entry point, run by `npm run dev` under tsx. */
  source: string;
  /** The bundled JavaScript `npm start` runs with plain node. */
  built: string;
}

export const distDir = path.join(repoRoot, "dist");

/**
 * Every output sits exactly two folders below the repository (`dist/<group>/<name>.js`, shared
 * code in `dist/chunks/`): the kit finds the repository root as `../..` from its own file, so
 * migrations, the supergraph and `.data/` resolve the same from source and from the build.
 */
const entry = (group: string, name: string, source: string): ServiceEntry => ({
  name,
  source,
  built: path.join(distDir, group, `${name}.js`),
});

const folders = (parent: string) =>
  existsSync(parent)
    ? readdirSync(parent, { withFileTypes: true })
        .filter((item) => item.isDirectory())
        .map((item) => item.name)
        .sort()
    : [];

/** Each subgraph, simulator (as its folder appears under simulators/) and the gateway. */
export function serviceEntries(root = repoRoot): Record<string, ServiceEntry> {
  const found: ServiceEntry[] = [];
  for (const group of ["subgraphs", "simulators"]) {
    for (const name of folders(path.join(root, group))) {
      const source = path.join(root, group, name, "src", "main.ts");
      if (existsSync(source)) found.push(entry(group, name, source));
    }
  }
  found.push(entry("supergraph", "gateway", path.join(root, "supergraph", "src", "main.ts")));
  return Object.fromEntries(found.map((service) => [service.name, service]));
}

const SCRIPTS = ["start", "prepare", "seed", "db-migrate", "keys", "simulators"] as const;

/** The root scripts `npm start` and the production image run compiled. */
export const scriptEntries = (root = repoRoot): ServiceEntry[] => SCRIPTS.map((name) => scriptEntry(name, root));

/** One of the root scripts. */
export const scriptEntry = (name: (typeof SCRIPTS)[number], root = repoRoot): ServiceEntry =>
  entry("scripts", name, path.join(root, "scripts", `${name}.ts`));
