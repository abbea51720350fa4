import { CurrentBillResolver } from "./bill/current-bill.resolver";
import { VmMonthCostResolver } from "./bill/vm-month-cost.resolver";
import { UsageChangeResolver } from "./usage-change/usage-change.resolver";

export const BILLING_RESOLVERS = [UsageChangeResolver, CurrentBillResolver, VmMonthCostResolver] as const;
export { meterUsage, type MeteringReport } from "./metering/metering.service";
export { findCurrentBills } from "./bill/current-bill.service";
export { runBillingStep, type BillingStepReport } from "./billing-step";
export { catalogPriceSchedule } from "./pricing/price-schedule.client";
export { storeUsageChanges as recordUsageChanges } from "./usage-change/usage-change.store";
export { billingMonthOf } from "./bill/billing-month";
export { walletUsageCharges } from "./charge/wallet-charges.client";
