import type { CombinedError } from "urql";
import { formatMoney } from "../money";

/** A create refused for money, in the figures the VMs service gave (rand, exact decimals). */
export interface InsufficientFunds {
  shortfall: string;
  /** What the VM's first hours would have held. */
  amount: string | null;
  /** What stays reserved for the VMs that already run. */
  keepAvailable: string | null;
  runwayHours: number | null;
}

const decimalOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** The `INSUFFICIENT_FUNDS` refusal in `error`, if that is what it is. */
export function insufficientFundsOf(error: CombinedError | undefined): InsufficientFunds | null {
  const refusal = error?.graphQLErrors.find((graphQLError) => graphQLError.extensions?.code === "INSUFFICIENT_FUNDS");
  const shortfall = decimalOrNull(refusal?.extensions?.shortfall);
  if (!refusal || !shortfall) return null;
  const hours = refusal.extensions.runwayHours;
  return {
    shortfall,
    amount: decimalOrNull(refusal.extensions.amount),
    keepAvailable: decimalOrNull(refusal.extensions.keepAvailable),
    runwayHours: typeof hours === "number" ? hours : null,
  };
}

/** One sentence on why: what the VM needs up front and what already running VMs keep reserved. */
export function explainInsufficientFunds(refusal: InsufficientFunds): string {
  const rand = (amount: string) => formatMoney(amount, "ZAR");
  const needs = refusal.amount
    ? `Creating this VM reserves ${rand(refusal.amount)}${refusal.runwayHours ? ` (its first ${refusal.runwayHours} hours)` : ""}`
    : "Creating this VM needs a reserve";
  const keeps =
    refusal.keepAvailable && refusal.keepAvailable !== "0.00"
      ? `, and ${rand(refusal.keepAvailable)} stays reserved for the VMs already running`
      : "";
  return `The wallet is ${rand(refusal.shortfall)} short. ${needs}${keeps}.`;
}
