import { type MoneyValue, formatMoneyValue } from "../money";
import { formatDateTime } from "../format";

export interface Arrears {
  since: string;
  graceEndsAt: string;
  vmsSuspendedAt?: string | null;
  shortfall: MoneyValue;
}

export interface Suspension {
  suspendedAt: string;
  reason: string;
  liftedAt?: string | null;
}

export interface StandingNotice {
  tone: "danger" | "warning";
  title: string;
  detail: string;
}

/**
 * What unpaid usage means for the organisation now, or null when nothing is owed and no VM is
 * suspended. A suspension in force is the graver news; arrears say how long is left to pay.
 */
export function accountStanding(
  arrears: Arrears | null | undefined,
  suspension: Suspension | null | undefined,
  timeZone?: string,
): StandingNotice | null {
  const at = (iso: string) => formatDateTime(iso, timeZone);
  if (suspension && !suspension.liftedAt) {
    const owed = arrears ? ` Top up at least ${formatMoneyValue(arrears.shortfall)} to lift it.` : "";
    return {
      tone: "danger",
      title: `VMs suspended for unpaid usage since ${at(suspension.suspendedAt)}`,
      detail:
        `Running VMs were powered off, and none can be powered on or created until a top-up lifts the ` +
        `suspension. Nothing is deleted. Reason: ${suspension.reason}.${owed}`,
    };
  }
  if (arrears) {
    return {
      tone: "warning",
      title: `The wallet is in arrears since ${at(arrears.since)}`,
      detail:
        `Top up at least ${formatMoneyValue(arrears.shortfall)} before ${at(arrears.graceEndsAt)}, or the ` +
        `organisation's running VMs are powered off until it is paid (nothing is deleted).`,
    };
  }
  return null;
}
