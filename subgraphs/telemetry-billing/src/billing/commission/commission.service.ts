import { type Caller, formatScaled, notFound, requireProviderStaff } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { InvoicePartySource } from "../invoice/invoice-parties.client";
import { type CommissionInput, checkCommission } from "./commission.rules";
import { type CommissionRate, insertCommissionRate } from "./commission-rate.store";

/**
 * Sets a reseller's commission from a billing month on (provider owners and admins only), kept
 * beside every earlier setting. Checked in order: the caller, the input, then — when tenancy can
 * be asked — that the organisation is a reseller (NOT_FOUND otherwise). The same setting made
 * again in one month adds a row with the same effect.
 */
export async function setResellerCommission(
  db: TelemetryDb,
  caller: Caller | null,
  input: CommissionInput,
  now: Date,
  parties: InvoicePartySource | null,
): Promise<CommissionRate> {
  const staff = requireProviderStaff(caller, "set reseller commissions");
  const checked = checkCommission(input, now);
  if (parties) {
    const [party] = await parties.parties([checked.resellerId]);
    if (party?.kind !== "RESELLER") throw notFound("Reseller", checked.resellerId);
  }
  return insertCommissionRate(db, {
    resellerId: checked.resellerId,
    fromMonth: checked.fromMonth,
    percent: formatScaled(checked.percent, 2),
    setBy: `${staff.kind}:${staff.id}`,
  });
}
