import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordPerformance } from "../sample/sample.service";
import { findVmTelemetry, STALE_AFTER_MS } from "./vm-telemetry.store";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const VM = "11111111-1111-4111-8111-111111111111";
const SAMPLED = new Date("2025-03-01T10:00:00Z");

describe("findVmTelemetry", () => {
  let database: Database<typeof telemetryTables>;
  const newestAt = async (now: Date) => (await findVmTelemetry(database.db, [VM], "all", now))[0]!;

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    await recordPerformance(database.db, {
      vms: [{ vmId: VM, organizationId: ORG, name: "web-01", poweredOn: true, polledAt: SAMPLED }],
      samples: [
        { vmId: VM, organizationId: ORG, sampledAt: SAMPLED, values: { cpu_usage_bp: 4250 }, uptimeSeconds: 600 },
      ],
      guestDisks: [],
    });
  });
  afterAll(() => database.close());

  it("reports the newest values up to exactly 15 minutes after the sample, and none a millisecond later", async () => {
    const fresh = await newestAt(new Date(SAMPLED.getTime() + STALE_AFTER_MS));
    expect(fresh).toMatchObject({ stale: false, values: { cpu: 42.5 }, uptimeSeconds: 600 });
    const stale = await newestAt(new Date(SAMPLED.getTime() + STALE_AFTER_MS + 1));
    expect(stale).toMatchObject({ stale: true, sampledAt: SAMPLED, values: { cpu: null }, uptimeSeconds: null });
  });
});
