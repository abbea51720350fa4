import { type Caller, notFound, requireCaller } from "@dcx/kit";
import type { AlertRow } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { assertMayAcknowledge } from "./alert-access";
import { acknowledge, findAlert } from "./alert.store";

/**
 * Marks an alert as seen by someone who deals with it; the first acknowledgement is kept.
 * UNAUTHENTICATED without a caller, NOT_FOUND for an alert the caller cannot see, FORBIDDEN for
 * roles that may not (see `assertMayAcknowledge`).
 */
export async function acknowledgeAlert(
  db: TelemetryDb,
  caller: Caller | null,
  id: string,
  now: Date,
): Promise<AlertRow> {
  const known = requireCaller(caller);
  const alert = await findAlert(db, id, known.visibleOrganizationIds);
  if (!alert) throw notFound("Alert", id);
  assertMayAcknowledge(known, alert.organizationId);
  return acknowledge(db, alert.id, known, now);
}
