import { BUILD_INPUTS, BUILD_STAMP, bundlePlatform } from "./build/bundle";
import { isStale } from "./build/staleness";

/**
 * `npm run build`: bundles every service (subgraphs, gateway, simulators) and the root scripts
 * into dist/, so `npm start` runs them with plain node. `--if-stale` skips the work when nothing
 * under the sources changed since the last build.
 */

const started = Date.now();
if (process.argv.includes("--if-stale") && !isStale(BUILD_STAMP, BUILD_INPUTS)) {
  console.log(`[build] dist/ is up to date (checked in ${Date.now() - started} ms)`);
} else {
  const { inputs, outputs } = await bundlePlatform();
  console.log(`[build] ${inputs.length} sources into ${outputs.length} files in dist/ in ${Date.now() - started} ms`);
}
