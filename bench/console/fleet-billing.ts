import type { TestPlatform } from "../../integration/platform";
import { recordFleetUsage } from "../dashboard/fleet-billing";

/**
 * Tells billing that each VM of a seeded fleet has run for `days` days as it is now, then meters
 * every hour ended by `now` (which also prices each VM's month), so a ranking by cost has a
 * figure for every VM.
 */
export async function billFleet(
  platform: TestPlatform,
  organizationId: string,
  days: number,
  now: Date,
): Promise<void> {
  await recordFleetUsage(platform.dbs, organizationId, now, days);
  await platform.billing.meter(now);
}
