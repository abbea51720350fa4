import { createObservability, lineLogger, loadSubgraphConfig, parseEnv, runSubgraph } from "@dcx/kit";
import { z } from "zod";
import { evaluateAlerts, loadAlertNotifier } from "./alert/index";
import { loadTenancyMail } from "./alert/notify/alert-notifier.config";
import { createMailBudgetNotifier } from "./billing/budget/budget-notices";
import {
  loadInvoicePartySource,
  loadMonthClosing,
  loadPriceScheduleSource,
  loadUsageChargeSink,
} from "./billing/billing.config";
import { runBillingStep } from "./billing/billing-step";
import { createTelemetryBillingSubgraph } from "./index";
import { startTelemetryMaintenance, type TelemetryMaintenance } from "./maintenance/telemetry-maintenance";
import { maintenancePassLock } from "./maintenance/pass-lock";
import { observeRollupBacklog } from "./maintenance/rollup-backlog.metrics";
import { DEFAULT_TELEMETRY_DEPS, type TelemetryDeps } from "./telemetry-billing.deps";

const config = loadSubgraphConfig("telemetry-billing", 4005);
const { TELEMETRY_MAINTENANCE_INTERVAL_SECONDS: maintenanceSeconds } = parseEnv({
  TELEMETRY_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

let maintenance = null as TelemetryMaintenance | null;
let serving = false;
const observability = createObservability("telemetry-billing", { processMetrics: true });
const log = lineLogger(observability.logger);
// Without TELEMETRY_BILLING_TENANCY_URL alerts still fire and budgets are judged; their e-mails wait until it is set.
const alertNotifier = loadAlertNotifier(config, process.env, log);
const tenancyMail = loadTenancyMail(config, process.env);
const budgetNotifier = tenancyMail && createMailBudgetNotifier({ ...tenancyMail, log });
// Without TELEMETRY_BILLING_CATALOG_URL usage is still metered; bills wait for prices.
const priceSchedule = loadPriceScheduleSource(config, process.env);
// Without TELEMETRY_BILLING_WALLET_URL usage is billed but not charged to the wallets.
const usageCharges = loadUsageChargeSink(config, process.env);
// Without TELEMETRY_BILLING_TENANCY_URL ended months are not closed into invoices.
const invoiceParties = loadInvoicePartySource(config, process.env);
const monthClosing = loadMonthClosing(invoiceParties, process.env);
const deps: TelemetryDeps = {
  ...DEFAULT_TELEMETRY_DEPS,
  invoiceParties,
  log,
  onDelivered: (report) => {
    const lag = report.newestSampleAt
      ? Math.round((deps.clock().getTime() - report.newestSampleAt.getTime()) / 1000)
      : null;
    if (report.samplesWritten > 0) {
      deps.log(`telemetry: ${report.samplesWritten} new samples` + (lag === null ? "" : `, collector lag ${lag} s`));
    }
    maintenance?.kick();
  },
};
const running = await runSubgraph(
  createTelemetryBillingSubgraph(() => deps),
  config,
  {
    observability,
    beforeServe: async (database) => {
      maintenance = startTelemetryMaintenance(database.backgroundDb, {
        clock: deps.clock,
        log: deps.log,
        intervalSeconds: maintenanceSeconds,
        // Every replica runs the timer; their passes take turns.
        exclusive: maintenancePassLock(database),
        afterRollups: async (db, now) => ({
          alerts: await evaluateAlerts(db, { now, notifier: alertNotifier, log: deps.log }),
          // Not in the pass before serving: catching up on metering and charges (a month, after
          // downtime) must not keep the collector's deliveries waiting for this service to listen.
          billing: serving
            ? await runBillingStep(db, now, {
                prices: priceSchedule,
                charges: usageCharges,
                closing: monthClosing,
                budgets: budgetNotifier,
                log: deps.log,
              })
            : null,
        }),
      });
      await maintenance.runNow();
      observeRollupBacklog(observability.metrics, database);
    },
  },
);
serving = true;
maintenance?.kick();
log(`telemetry-billing subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);
if (!alertNotifier) log("TELEMETRY_BILLING_TENANCY_URL is not set: alerts fire but are not e-mailed");
if (!priceSchedule) log("TELEMETRY_BILLING_CATALOG_URL is not set: usage is metered but bills have no prices");
if (!usageCharges) log("TELEMETRY_BILLING_WALLET_URL is not set: usage is billed but not charged to wallets");
if (!monthClosing) log("TELEMETRY_BILLING_TENANCY_URL is not set: ended months are not closed into invoices");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void (async () => {
        await maintenance?.stop();
        await running.close();
      })().then(() => process.exit(0)),
  );
}
