import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * `npm start`'s preparation. The first start migrates and seeds; later starts with embedded
 * databases skip it (each subgraph migrates its own database as it starts), which saves opening
 * all five databases twice. A server database is always checked: its contents can change without
 * this machine knowing. The marker lives beside the embedded databases, so deleting DATA_DIR
 * (`npm run seed -- --reset`) forgets both. `prepare` does the work (`npm start` runs it in a
 * process of its own); by default it runs here.
 */
export async function prepareOnce(options: {
  dataDir: string;
  embedded: boolean;
  seed: boolean;
  log: (message: string) => void;
  prepare?: (seed: boolean) => Promise<void>;
}): Promise<void> {
  const marker = path.join(options.dataDir, ".prepared");
  if (options.embedded && existsSync(marker)) {
    options.log("databases prepared before; each subgraph applies new migrations as it starts");
    return;
  }
  // Loaded only when it runs here: it opens every database, with every library that takes.
  const prepareHere = async (seed: boolean) => {
    const { preparePlatform } = await import("./prepare-platform");
    await preparePlatform(options.log, { seed });
  };
  const prepare = options.prepare ?? prepareHere;
  await prepare(options.seed);
  if (options.embedded) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  }
}
