import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@dcx/kit";

/** `npm run db:generate [-- --name <migration>]`: drizzle-kit generate for every subgraph. */
const SUBGRAPHS = ["tenancy", "wallet", "catalog", "vms", "telemetry-billing"];
const extra = process.argv.slice(2);
for (const subgraph of SUBGRAPHS) {
  console.log(`— ${subgraph}`);
  const result = spawnSync("npx", ["drizzle-kit", "generate", ...extra], {
    cwd: path.join(repoRoot, "subgraphs", subgraph),
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
