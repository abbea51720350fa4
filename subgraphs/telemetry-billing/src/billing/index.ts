import { CurrentBillResolver } from "./bill/current-bill.resolver";
import { BudgetMutationResolver, OrganizationBudgetResolver } from "./budget/budget.resolver";
import { VmMonthCostResolver } from "./bill/vm-month-cost.resolver";
import {
  CommissionMutationResolver,
  CommissionStatementLinesResolver,
  OrganizationCommissionResolver,
} from "./commission/commission.resolver";
import { InvoiceLinesResolver, OrganizationBillsResolver } from "./invoice/invoice.resolver";
import { UsageChangeResolver } from "./usage-change/usage-change.resolver";

export const BILLING_RESOLVERS = [
  UsageChangeResolver,
  CurrentBillResolver,
  VmMonthCostResolver,
  OrganizationBillsResolver,
  InvoiceLinesResolver,
  OrganizationCommissionResolver,
  CommissionStatementLinesResolver,
  CommissionMutationResolver,
  OrganizationBudgetResolver,
  BudgetMutationResolver,
] as const;
export { meterUsage, type MeteringReport } from "./metering/metering.service";
export { findCurrentBills } from "./bill/current-bill.service";
export { runBillingStep, type BillingStepReport } from "./billing-step";
export { catalogPriceSchedule } from "./pricing/price-schedule.client";
export { storeUsageChanges as recordUsageChanges } from "./usage-change/usage-change.store";
export { billingMonthOf } from "./bill/billing-month";
export { walletUsageCharges } from "./charge/wallet-charges.client";
export { closeEndedMonths, type CloseReport } from "./invoice/close-month.service";
export {
  fixedInvoiceParties,
  tenancyInvoiceParties,
  type InvoiceParty,
  type InvoicePartySource,
} from "./invoice/invoice-parties.client";
export { invoiceDocument } from "./invoice/invoice-document";
export { createMailBudgetNotifier, type BudgetNotifier } from "./budget/budget-notices";
export { setMonthlyBudget } from "./budget/budget.service";
