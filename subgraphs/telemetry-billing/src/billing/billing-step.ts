import type { TelemetryDb } from "../db/telemetry-db";
import { reviewBudgets } from "./budget/budget-review";
import { type BudgetNotifier, sendBudgetNotices } from "./budget/budget-notices";
import { type ChargeReport, chargeUsage } from "./charge/usage-charge.service";
import type { UsageChargeSink } from "./charge/wallet-charges.client";
import { type CloseOptions, type CloseReport, closeEndedMonths } from "./invoice/close-month.service";
import { meterUsage, type MeteringReport } from "./metering/metering.service";
import { refreshPriceCopy } from "./pricing/price-copy.store";
import { refreshVmMonthCosts, vmMonthCostsStale } from "../ranking/vm-month-costs.store";
import type { PriceScheduleSource } from "./pricing/price-schedule.client";

export interface BillingStepReport {
  metering: MeteringReport;
  /** Null without a catalog to ask, or when asking failed (the last copy keeps pricing). */
  prices: { prices: number; vatRates: number } | null;
  /** Null without a wallet to charge. */
  charges: ChargeReport | null;
  /** Null without tenancy to ask for the invoices' parties. */
  closing: CloseReport | null;
  /** Budget thresholds newly reached (judged when new hours were metered), and e-mails sent. */
  budgets: { reached: number; sent: number; failed: number };
  /** Each VM's month so far, priced again for cost rankings when metering moved; null when it had not. */
  vmCosts: { month: string; vmCount: number } | null;
}

/**
 * The billing part of each maintenance pass: copy the catalog's prices (a failure is logged and
 * the copy already held keeps pricing), meter every hour that has ended, then charge each wholly
 * metered day to the wallets, then close every month that has ended (its invoices), then judge
 * the budgets against the new hours and send the budget e-mails due. When metering moved, each
 * VM's month so far is priced again for cost rankings (`Organization.vmRanking`).
 */
export async function runBillingStep(
  db: TelemetryDb,
  now: Date,
  options: {
    prices: PriceScheduleSource | null;
    charges?: UsageChargeSink | null;
    /** Closing months into invoices; without it (no tenancy to name the parties) months stay open. */
    closing?: Omit<CloseOptions, "log"> | null;
    /** Budget e-mails; without it (no tenancy to name the recipients) they wait. */
    budgets?: BudgetNotifier | null;
    log: (line: string) => void;
  },
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
  const moved = metering.hoursMetered > 0 || metering.vmsReworked > 0;
  const vmCosts = moved || (await vmMonthCostsStale(db, now)) ? await refreshVmMonthCosts(db, now) : null;
  let charges: ChargeReport | null = null;
  if (options.charges) {
    charges = await chargeUsage(db, options.charges);
    if (charges.posted > 0) options.log(`billing: posted ${charges.posted} usage charges to wallets`);
    if (charges.error) options.log(`billing: a usage charge waits for the next pass: ${charges.error}`);
  }
  let closing: CloseReport | null = null;
  if (options.closing) {
    try {
      closing = await closeEndedMonths(db, now, { ...options.closing, log: options.log });
    } catch (error) {
      // Tenancy out of reach, say: what was issued stays, the rest is issued on a later pass.
      closing = { monthsClosed: [], invoicesIssued: 0, waiting: (error as Error).message };
    }
    if (closing.waiting) options.log(`billing: a month's close waits for the next pass: ${closing.waiting}`);
  }
  // Bills move only when hours are metered: judging budgets on every pass would re-price for nothing.
  const reached = moved ? await reviewBudgets(db, now) : 0;
  const sent = options.budgets
    ? await sendBudgetNotices(db, options.budgets, now, options.log)
    : { sent: 0, failed: 0 };
  if (reached > 0) options.log(`billing: ${reached} budget thresholds reached`);
  return { metering, prices, charges, closing, budgets: { reached, ...sent }, vmCosts };
}
