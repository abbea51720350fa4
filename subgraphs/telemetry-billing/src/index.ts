import type { SubgraphDefinition } from "@dcx/kit";
import { invoiceDownloads } from "./billing/invoice/invoice-download";
import { createTelemetryContext, type TelemetryContext } from "./context";
import { telemetryTables } from "./db/schema";
import { buildTelemetrySchema } from "./schema";
import { DEFAULT_TELEMETRY_DEPS, type TelemetryDeps } from "./telemetry-billing.deps";

/** The telemetry-billing subgraph with its collaborators (read on every request). */
export function createTelemetryBillingSubgraph(
  deps: () => TelemetryDeps,
): SubgraphDefinition<typeof telemetryTables, TelemetryContext> {
  return {
    name: "telemetry-billing",
    defaultPort: 4005,
    tables: telemetryTables,
    buildSchema: buildTelemetrySchema,
    createContext: (db, identity) => createTelemetryContext(db, identity, deps()),
    documents: (db) => ({ invoices: invoiceDownloads(db) }),
  };
}

/** With the system clock and no maintenance hook (composition, read tests). */
export const telemetryBillingSubgraph = createTelemetryBillingSubgraph(() => DEFAULT_TELEMETRY_DEPS);

export { DEFAULT_TELEMETRY_DEPS, type TelemetryDeps } from "./telemetry-billing.deps";
export { recordPerformance, MAX_DELIVERY_ITEMS } from "./sample/sample.service";
export type { PerformanceDelivery, VmPerformanceSample, GuestDiskSample, PolledVm } from "./sample/sample.types";
export { ROLLED_METRICS, inputFieldOf } from "./metric/metric-catalogue";
export { rollUpPending } from "./rollup/rollup.service";
export { applyRetention } from "./rollup/retention";
export {
  startTelemetryMaintenance,
  runMaintenance,
  type MaintenanceReport,
  type TelemetryMaintenance,
} from "./maintenance/telemetry-maintenance";
export { maintenancePassLock, type PassLock } from "./maintenance/pass-lock";
export type { TelemetryDb } from "./db/telemetry-db";
export {
  createMailAlertNotifier,
  createTenancyContacts,
  evaluateAlerts,
  loadAlertNotifier,
  type AlertEvaluationReport,
  type AlertNotifier,
} from "./alert/index";
export {
  billingMonthOf,
  catalogPriceSchedule,
  closeEndedMonths,
  fixedInvoiceParties,
  invoiceDocument,
  tenancyInvoiceParties,
  type CloseReport,
  type InvoiceParty,
  type InvoicePartySource,
  findCurrentBills,
  meterUsage,
  recordUsageChanges,
  runBillingStep,
  setMonthlyBudget,
  walletUsageCharges,
  type BillingStepReport,
  type MeteringReport,
} from "./billing/index";
