import { formatQuantity } from "../format";

/**
 * The pages visited, as the cursor each one starts after (null for the first): "Next" pushes the
 * page's end cursor, "Previous" pops it. Cursor pages only go forwards; the stack walks back.
 */
export type PageStack = readonly (string | null)[];

export const FIRST_PAGE: PageStack = [null];
export const currentCursor = (stack: PageStack) => stack[stack.length - 1] ?? null;
export const nextPage = (stack: PageStack, endCursor: string): PageStack => [...stack, endCursor];
export const previousPage = (stack: PageStack): PageStack => (stack.length > 1 ? stack.slice(0, -1) : stack);

/** "1–50 of 3 300" (grouped as the rest of the app groups numbers); "No VMs" for an empty list. */
export function describeRange(stack: PageStack, pageSize: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return "No VMs";
  const first = (stack.length - 1) * pageSize + 1;
  return `${formatQuantity(first)}–${formatQuantity(first + shown - 1)} of ${formatQuantity(total)}`;
}

/**
 * The 24 hours the CPU column and the CPU ranking average over, ending at the end of the current
 * hour (as the graph's LAST_DAY preset ends): one window for both, so the column shows the figure
 * the list is sorted by.
 */
export function lastDayWindow(now: Date): { since: string; until: string; stepMinutes: number } {
  const hour = 3_600_000;
  const until = Math.ceil((now.getTime() + 1) / hour) * hour;
  return { since: new Date(until - 24 * hour).toISOString(), until: new Date(until).toISOString(), stepMinutes: 1440 };
}
