import type { TelemetryDb } from "../db/telemetry-db";
import { type ChargeReport, chargeUsage } from "./charge/usage-charge.service";
import type { UsageChargeSink } from "./charge/wallet-charges.client";
import { meterUsage, type MeteringReport } from "./metering/metering.service";
import { refreshPriceCopy } from "./pricing/price-copy.store";
import type { PriceScheduleSource } from "./pricing/price-schedule.client";

export interface BillingStepReport {
  metering: MeteringReport;
  /** Null without a catalog to ask, or when asking failed (the last copy keeps pricing). */
  prices: { prices: number; vatRates: number } | null;
  /** Null without a wallet to charge. */
  charges: ChargeReport | null;
}

/**
 * The billing part of each maintenance pass: copy the catalog's prices (a failure is logged and
 * the copy already held keeps pricing), meter every hour that has ended, then charge each wholly
 * metered day to the wallets.
 */
export async function runBillingStep(
  db: TelemetryDb,
  now: Date,
  options: { prices: PriceScheduleSource | null; charges?: UsageChargeSink | null; log: (line: string) => void },
): Promise<BillingStepReport> {
  let prices: BillingStepReport["prices"] = null;
  if (options.prices) {
    try {
      prices = await refreshPriceCopy(db, options.prices, now);
    } catch (error) {
      options.log(`billing: the catalog's prices could not be copied: ${(error as Error).message}`);
    }
  }
  const metering = await meterUsage(db, now);
  if (metering.hoursMetered > 0 || metering.vmsReworked > 0) {
    options.log(
      `billing: metered ${metering.hoursMetered} h up to ${metering.meteredUntil?.toISOString()}` +
        (metering.vmsReworked ? `, adjusted ${metering.vmsReworked} VMs after late changes` : ""),
    );
  }
  let charges: ChargeReport | null = null;
  if (options.charges) {
    charges = await chargeUsage(db, options.charges);
    if (charges.posted > 0) options.log(`billing: posted ${charges.posted} usage charges to wallets`);
    if (charges.error) options.log(`billing: a usage charge waits for the next pass: ${charges.error}`);
  }
  return { metering, prices, charges };
}
