import { loadSubgraphConfig } from "@dcx/kit";
import { listOrganizations } from "@dcx/tenancy";
import { openPlatformDatabases } from "./platform-databases";
import { assertDemoAllowed } from "./seed/demo-guard";
import { openDemoVcenter } from "./seed/demo-vcenter";
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
    const env = options.env ?? process.env;
    const vcenter = await openDemoVcenter(env, loadSubgraphConfig("vms", 0, env).dataRoot);
    try {
      log(`first run: seeding demo data (VMs discovered in ${vcenter.description})`);
      await seedDemo(platform.dbs, vcenter.hypervisor, (step) => log(`  seeded ${step}`));
    } finally {
      await vcenter.close();
    }
    return { seeded: true };
  } finally {
    await platform.close();
  }
}
