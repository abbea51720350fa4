/** One commission percentage a reseller was given, from a billing month on. */
export interface CommissionSetting {
  fromMonth: string;
  percent: string;
  setAt: string;
}

const SOUTH_AFRICA_OFFSET_MS = 2 * 3_600_000;

/** The billing month of an instant: months run in South African time (UTC+2, no daylight saving). */
export const billingMonthOf = (instant: Date) =>
  new Date(instant.getTime() + SOUTH_AFRICA_OFFSET_MS).toISOString().slice(0, 7);

const newerSetting = (a: CommissionSetting, b: CommissionSetting) =>
  a.fromMonth !== b.fromMonth ? a.fromMonth > b.fromMonth : a.setAt > b.setAt;

/**
 * The percentage in force in `month` (the newest setting of the latest month from which one
 * applies; none means 0 %) and the ones already set for later months, soonest first.
 */
export function commissionInForce(
  settings: readonly CommissionSetting[],
  month: string,
): { current: CommissionSetting | null; upcoming: CommissionSetting[] } {
  let current: CommissionSetting | null = null;
  const later = new Map<string, CommissionSetting>();
  for (const setting of settings) {
    if (setting.fromMonth <= month) {
      if (!current || newerSetting(setting, current)) current = setting;
    } else {
      const known = later.get(setting.fromMonth);
      if (!known || newerSetting(setting, known)) later.set(setting.fromMonth, setting);
    }
  }
  const upcoming = [...later.values()].sort((a, b) => a.fromMonth.localeCompare(b.fromMonth));
  return { current, upcoming };
}
