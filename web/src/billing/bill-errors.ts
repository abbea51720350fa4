import {
  errorsUnder,
  type FieldOutcome,
  fieldOutcome,
  type PathedError,
  type ResponsePath,
  unplacedErrors,
} from "../graphql/errors";

const BILL: ResponsePath = ["organization", "currentBill"];
const BUDGET: ResponsePath = ["organization", "budget"];

/** A bill line's VM (its name comes from the vms subgraph): `organization.currentBill.lines.<n>.vm…`. */
const lineVmIndex = (path: ResponsePath | undefined) =>
  path && path.length >= 5 && BILL.every((segment, i) => path[i] === segment) && path[2] === "lines" && path[4] === "vm"
    ? Number(path[3])
    : null;

export type BudgetOutcome<T> = FieldOutcome<T> | { available: true; value: null };

export interface MonthOutcomes<B, M> {
  bill: FieldOutcome<B>;
  /** Why line `n`'s VM has no name, when it could not be read (empty for a deleted VM). */
  vmNameErrors: (line: number) => PathedError[];
  /** A null value without errors: no budget is set. */
  budget: BudgetOutcome<M>;
}

/**
 * What the month's query gave: the bill (unavailable when it is null or failed in part, but not
 * for a VM's name, which only that line's VM cell marks) and the budget (null without errors is
 * "none set", never "unavailable").
 */
export function monthOutcomes<B, M>(
  bill: B | null | undefined,
  budget: M | null | undefined,
  errors: readonly PathedError[],
): MonthOutcomes<B, M> {
  const billing = unplacedErrors(errors, "telemetry-billing");
  const billErrors = errorsUnder(errors, BILL).filter((error) => lineVmIndex(error.path) === null);
  const vmsDown = unplacedErrors(errors, "vms");
  const budgetErrors = errorsUnder(errors, BUDGET);
  return {
    bill: fieldOutcome(bill, billErrors, billing),
    vmNameErrors: (line) => [...errors.filter((error) => lineVmIndex(error.path) === line), ...vmsDown],
    budget:
      budget == null && budgetErrors.length === 0 && billing.length === 0
        ? { available: true, value: null }
        : fieldOutcome(budget, budgetErrors, billing),
  };
}
