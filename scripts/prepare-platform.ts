import { listOrganizations } from "@dcx/tenancy";
import { openPlatformDatabases } from "./platform-databases";
import { seedDemo } from "./seed/seed-demo";

/** Migrates every database and seeds the demo when the platform has no organisation yet. */
export async function preparePlatform(log: (message: string) => void): Promise<{ seeded: boolean }> {
  const platform = await openPlatformDatabases();
  try {
    log(`databases migrated (${platform.databases.tenancy.driver})`);
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
