import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SKIPPED = new Set(["node_modules", "dist", ".data", "gql"]);

/** The newest modification time among files under `paths` (folders walked, node_modules skipped). */
export function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stats = statSync(file);
    if (!stats.isDirectory()) {
      newest = Math.max(newest, stats.mtimeMs);
      return;
    }
    // A deleted file changes what gets bundled without touching any remaining file's time.
    newest = Math.max(newest, stats.mtimeMs);
    for (const item of readdirSync(file)) {
      if (!SKIPPED.has(item)) visit(path.join(file, item));
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when `output` is missing or older than any of `inputs`. */
export function isStale(output: string, inputs: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestChange(inputs);
}
