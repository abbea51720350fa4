import type { Caller } from "@dcx/kit";

/**
 * A reseller's commission (its statements, its percentages) is the business of the reseller and
 * the provider: provider staff see every reseller's, a reseller's users its own, nobody else any —
 * not even the reseller's customers, whom the reseller sees.
 */
export function canSeeCommission(caller: Caller | null, resellerId: string): boolean {
  if (!caller) return false;
  return caller.organizationKind === "provider" || caller.organizationId === resellerId;
}
