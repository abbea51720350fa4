import { preparePlatform } from "./prepare-platform";

/**
 * Migrates every database and, with `--seed`, seeds the demo on an empty platform: `npm start`'s
 * first-run preparation, run as a process of its own. Five embedded databases opened at once take
 * over a gigabyte that a process keeps once it has it; exiting is the only way to hand it back
 * before the subgraphs start.
 */
try {
  await preparePlatform((message) => console.log(message), { seed: process.argv.includes("--seed") });
} catch (error) {
  console.error(error instanceof Error && error.name === "ConfigError" ? error.message : error);
  process.exit(1);
}
