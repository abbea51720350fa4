import { alertRules, alerts, alertStates } from "./alert.schema";
import {
  billingPrices,
  billingVatRates,
  meteringProgress,
  meteringRework,
  chargeProgress,
  usageCharges,
  vmUsageChanges,
  vmUsageHours,
} from "./billing.schema";
import {
  billingCloses,
  commissionLines,
  commissionStatements,
  invoiceCounters,
  invoiceIssuers,
  invoiceLines,
  invoices,
  resellerCommissions,
} from "./invoice.schema";
import { billingBudgets, budgetAlerts } from "./budget.schema";
import { vmMonthCosts } from "./ranking.schema";
import { rollupPending, vmRollups } from "./rollup.schema";
import { vmCollectionState, vmGuestDiskSamples, vmPowerStates, vmSamples } from "./sample.schema";

export * from "./alert.schema";
export * from "./billing.schema";
export * from "./budget.schema";
export * from "./invoice.schema";
export * from "./ranking.schema";
export * from "./rollup.schema";
export * from "./sample.schema";

export const telemetryTables = {
  vmSamples,
  vmGuestDiskSamples,
  vmPowerStates,
  vmCollectionState,
  vmRollups,
  rollupPending,
  alertRules,
  alertStates,
  alerts,
  vmUsageChanges,
  vmUsageHours,
  meteringProgress,
  meteringRework,
  billingPrices,
  billingVatRates,
  usageCharges,
  chargeProgress,
  invoiceIssuers,
  invoiceCounters,
  invoices,
  invoiceLines,
  billingCloses,
  resellerCommissions,
  commissionStatements,
  commissionLines,
  billingBudgets,
  budgetAlerts,
  vmMonthCosts,
};
