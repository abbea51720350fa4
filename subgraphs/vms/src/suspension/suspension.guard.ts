import { DomainError } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import { findActiveSuspension } from "./suspension.store";

/**
 * Refuses what would start a VM (powering one on, creating one) while the organisation is
 * suspended for unpaid usage: ORGANIZATION_SUSPENDED with `organizationId` and `suspendedAt`.
 * Called once the caller is known to be allowed, before anything is held or written.
 */
export async function assertNotSuspended(db: VmsDb, organizationId: string): Promise<void> {
  const suspension = await findActiveSuspension(db, organizationId);
  if (!suspension) return;
  throw new DomainError(
    "ORGANIZATION_SUSPENDED",
    `This organisation's VMs are suspended for unpaid usage (${suspension.reason}): a top-up lifts the suspension`,
    { organizationId, suspendedAt: suspension.suspendedAt.toISOString() },
  );
}
