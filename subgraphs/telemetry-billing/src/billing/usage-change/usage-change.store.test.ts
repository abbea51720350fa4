import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { FIXTURE_VM, marchHour, RUNNING, usageChange } from "../metering/usage-change.fixture";
import { storeUsageChanges } from "./usage-change.store";

describe("a delivery of usage changes", () => {
  let database: Database<typeof telemetryTables>;
  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  afterAll(() => database.close());

  const changes = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => usageChange(FIXTURE_VM, `${prefix}${i}`, marchHour(i), RUNNING));
  const stored = async () =>
    Number(
      (
        (await database.db.execute(sql`select count(*)::int as n from vm_usage_changes`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );

  it("takes 1 000 changes at once and refuses 1 001, writing none of them", async () => {
    await expect(storeUsageChanges(database.db, changes(1001, "big-"))).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "changes" },
    });
    expect(await stored()).toBe(0);
    expect(await storeUsageChanges(database.db, changes(1000, "full-"))).toEqual({ stored: 1000, alreadyStored: 0 });
    expect(await storeUsageChanges(database.db, changes(1000, "full-"))).toEqual({ stored: 0, alreadyStored: 1000 });
  });

  it("refuses a delivery with one bad change whole, naming it", async () => {
    const before = await stored();
    const delivery = changes(3, "bad-");
    delivery[2] = { ...delivery[2]!, disks: [{ diskId: "d1", tier: "gold", capacityGb: 10 }] };
    await expect(storeUsageChanges(database.db, delivery)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "changes[2].disks[0].tier" },
    });
    expect(await stored()).toBe(before);
  });
});
