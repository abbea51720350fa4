import { badUserInput, parseScaled } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import { reviewBudgets } from "./budget-review";
import { deleteBudget, upsertBudget } from "./budget.store";

/** R 100 000 000 a month: a typing slip beyond it, not a budget (and far inside a bigint). */
const MAX_BUDGET_CENTS = 10_000_000_000n;

/** A `Decimal` budget in rand to cents: positive, at most two decimals, at most R 100 million. */
export function budgetCents(amount: string): bigint {
  let cents: bigint;
  try {
    cents = parseScaled(amount, 2);
  } catch {
    throw badUserInput("amount must be a rand amount with at most two decimals", "amount");
  }
  if (cents <= 0n) throw badUserInput("amount must be more than zero (null removes the budget)", "amount");
  if (cents > MAX_BUDGET_CENTS) throw badUserInput("amount must be at most R 100 000 000", "amount");
  return cents;
}

/**
 * Sets (or, with null, removes) the organisation's monthly budget and judges it at once against
 * the month so far: a threshold already passed is e-mailed with the next notices. Thresholds
 * e-mailed this month stay e-mailed when the budget changes (each once a month).
 */
export async function setMonthlyBudget(
  db: TelemetryDb,
  input: { organizationId: string; amountCents: bigint | null },
  now: Date,
): Promise<void> {
  if (input.amountCents === null) {
    await deleteBudget(db, input.organizationId);
    return;
  }
  const budget = { organizationId: input.organizationId, amountCents: input.amountCents };
  await upsertBudget(db, budget, now);
  await reviewBudgets(db, now, [budget]);
}
