import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root: migrations live under `drizzle/`, embedded databases under `.data/`. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const migrationsFolder = (subgraph: string) => path.join(repoRoot, "drizzle", subgraph);
