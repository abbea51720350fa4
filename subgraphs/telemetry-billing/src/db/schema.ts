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
import { rollupPending, vmRollups } from "./rollup.schema";
import { vmCollectionState, vmGuestDiskSamples, vmPowerStates, vmSamples } from "./sample.schema";

export * from "./alert.schema";
export * from "./billing.schema";
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
};
