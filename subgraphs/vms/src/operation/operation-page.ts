import { badUserInput } from "@dcx/kit";

export const OPERATIONS_PAGE = { default: 20, max: 100 } as const;

/** `first` as asked (default 20), at most 100; negative is BAD_USER_INPUT. */
export function operationPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return OPERATIONS_PAGE.default;
  if (first < 0) throw badUserInput("first must not be negative", "first");
  return Math.min(first, OPERATIONS_PAGE.max);
}
