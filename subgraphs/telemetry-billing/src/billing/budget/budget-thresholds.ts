/** The shares of the budget that are e-mailed about, each once per month. */
export const BUDGET_THRESHOLDS = [50, 80, 100] as const;

export type BudgetBasis = "actual" | "forecast";

export interface ThresholdReached {
  thresholdPercent: number;
  basis: BudgetBasis;
}

/**
 * Which thresholds the month's bill so far, or its month-end forecast, has reached (amounts in
 * cents, VAT included). The bill so far decides first: a threshold both have reached is "actual".
 */
export function thresholdsReached(budgetCents: bigint, spentCents: bigint, forecastCents: bigint): ThresholdReached[] {
  const reached: ThresholdReached[] = [];
  for (const thresholdPercent of BUDGET_THRESHOLDS) {
    // spent / budget ≥ percent / 100, in integers.
    const reaches = (cents: bigint) => cents * 100n >= budgetCents * BigInt(thresholdPercent);
    if (reaches(spentCents)) reached.push({ thresholdPercent, basis: "actual" });
    else if (reaches(forecastCents)) reached.push({ thresholdPercent, basis: "forecast" });
  }
  return reached;
}
