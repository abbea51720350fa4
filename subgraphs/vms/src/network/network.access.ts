import { assertCanWrite, type Caller, canSee, DomainError, notFound, requireCaller } from "@dcx/kit";
import type { VmsContext } from "../context";
import type { Network } from "./network.type";

/** Roles that manage an organisation's networks; members (and API keys, which act as members) use them. */
const MANAGERS: readonly string[] = ["owner", "admin"];

/**
 * A change to an organisation's networks: NOT_FOUND for an organisation the caller cannot see,
 * FORBIDDEN for read-only credentials and for roles other than owner and admin.
 */
export function assertCanManageNetworks(caller: Caller | null, organizationId: string): Caller {
  const known = assertCanWrite(caller, organizationId);
  if (!MANAGERS.includes(known.role)) throw new DomainError("FORBIDDEN", "Only owners and admins may manage networks");
  return known;
}

/** One network the caller may see, or null (never FORBIDDEN: existence must not leak). */
export async function loadVisibleNetwork(ctx: VmsContext, id: string): Promise<Network | null> {
  const network = await ctx.loaders.networkById.load(id);
  return network && canSee(ctx.caller, network.organizationId) ? network : null;
}

/** A network the caller may change; one it cannot see is NOT_FOUND, exactly as an unknown id. */
export async function loadManageableNetwork(ctx: VmsContext, id: string): Promise<Network> {
  const caller = requireCaller(ctx.caller);
  const network = await loadVisibleNetwork(ctx, id);
  if (!network) throw notFound("Network", id);
  assertCanManageNetworks(caller, network.organizationId);
  return network;
}
