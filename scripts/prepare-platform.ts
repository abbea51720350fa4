import { listOrganizations } from "@dcx/tenancy";
import { openPlatformDatabases } from "./platform-databases";
import { assertDemoAllowed } from "./seed/demo-guard";
import { seedDemo } from "./seed/seed-demo";

/**
 * Migrates every database and seeds the demo when the platform has no organisation yet; in
 * production it only migrates (`seed: true` asks for the demo and is refused there).
 */
export async function preparePlatform(
  log: (message: string) => void,
  options: { seed: boolean; env?: Record<string, string | undefined> } = { seed: true },
): Promise<{ seeded: boolean }> {
  if (options.seed) assertDemoAllowed(options.env);
  const platform = await openPlatformDatabases();
  try {
    log(`databases migrated (${platform.databases.tenancy.driver})`);
    if (!options.seed) return { seeded: false };
    if ((await listOrganizations(platform.dbs.tenancy)).length > 0) {
      log("demo data already present");
      return { seeded: false };
    }
    log("first run: seeding demo data");
    await seedDemo(platform.dbs, (step) => log(`  seeded ${step}`));
    return { seeded: true };
  } finally {
    await platform.close();
  }
}
