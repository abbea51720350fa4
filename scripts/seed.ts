import { rm } from "node:fs/promises";
import path from "node:path";
import { parseEnv, repoRoot } from "@dcx/kit";
import { z } from "zod";
import { pointDemoSsoAtSimulator } from "./seed/demo-sso";
import { preparePlatform } from "./prepare-platform";
import { assertDemoAllowed, DemoRefusedError } from "./seed/demo-guard";

/**
 * `npm run seed` migrates and seeds the demo if the platform is empty; it refuses
 * NODE_ENV=production (and, with --reset, refuses before deleting anything).
 * `npm run seed -- --reset` first deletes the embedded databases under DATA_DIR.
 */
const env = parseEnv({ DATA_DIR: z.string().default(path.join(repoRoot, ".data")) });
// `npm start` runs `seed --demo-sso <issuer>` once the local IdP is up, before the subgraphs start.
const demoSso = process.argv.indexOf("--demo-sso");
if (demoSso >= 0) {
  try {
    assertDemoAllowed();
    await pointDemoSsoAtSimulator(process.env, process.argv[demoSso + 1] ?? "", (line) => console.log(line));
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
try {
  assertDemoAllowed();
} catch (error) {
  if (!(error instanceof DemoRefusedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (process.argv.includes("--reset")) {
  await rm(env.DATA_DIR, { recursive: true, force: true });
  console.log(`removed embedded databases in ${env.DATA_DIR}`);
}
const { seeded } = await preparePlatform((message) => console.log(message));
console.log(seeded ? "demo data seeded" : "nothing to seed");
