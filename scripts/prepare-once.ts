import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { preparePlatform } from "./prepare-platform";

/**
 * `npm start`'s preparation. The first start migrates and seeds; later starts with embedded
 * databases skip it (each subgraph migrates its own database as it starts), which saves opening
 * all five databases twice. A server database is always checked: its contents can change without
 * this machine knowing. The marker lives beside the embedded databases, so deleting DATA_DIR
 * (`npm run seed -- --reset`) forgets both.
 */
export async function prepareOnce(options: {
  dataDir: string;
  embedded: boolean;
  seed: boolean;
  log: (message: string) => void;
}): Promise<void> {
  const marker = path.join(options.dataDir, ".prepared");
  if (options.embedded && existsSync(marker)) {
    options.log("databases prepared before; each subgraph applies new migrations as it starts");
    return;
  }
  await preparePlatform(options.log, { seed: options.seed });
  if (options.embedded) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  }
}
