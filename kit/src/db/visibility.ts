import { isUuid } from "../ids";
import { type Column, type SQL, sql } from "drizzle-orm";

/**
 * The organisations a read may return, as stores take it: every one (provider staff and
 * trusted code), or a list of ids (possibly empty for a caller who has not signed in).
 */
export type Visibility = "all" | readonly string[];

/** True when no row can be visible, so a store can answer without a query. */
export const seesNothing = (visible: Visibility): boolean => visible !== "all" && !visible.some(isUuid);

/** `column = any(visible)` for a list of organisations; no condition at all for "all". */
export function visibleIn(column: Column, visible: Visibility): SQL | undefined {
  if (visible === "all") return undefined;
  return sql`${column} = any(${`{${visible.filter(isUuid).join(",")}}`}::uuid[])`;
}
