import { isKnownAuditKind } from "./audit-kinds";

/** The audit log's filters as the address bar keeps them, so a reload or a bookmark restores them. */
export interface AuditSearch {
  /** An event kind, e.g. `vm.power_on`. */
  kind?: string;
  /** A VM's id. */
  vm?: string;
  /** First day shown, `YYYY-MM-DD` in the user's time zone. */
  from?: string;
  /** Last day shown, `YYYY-MM-DD` in the user's time zone. */
  to?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a `YYYY-MM-DD` day, or null unless it is a real calendar day. */
function dayParts(text: string): [number, number, number] | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [year, month, day] : null;
}

export const isDay = (text: string) => dayParts(text) !== null;

/**
 * Keeps each filter only when it is well formed (a kind this page knows, a UUID, a calendar day);
 * anything else in the address bar is dropped rather than sent to the server.
 */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const text = (key: string) => (typeof search[key] === "string" ? (search[key] as string) : undefined);
  const kind = text("kind");
  const vm = text("vm");
  const from = text("from");
  const to = text("to");
  return {
    ...(kind && isKnownAuditKind(kind) ? { kind } : {}),
    ...(vm && UUID.test(vm) ? { vm: vm.toLowerCase() } : {}),
    ...(from && isDay(from) ? { from } : {}),
    ...(to && isDay(to) ? { to } : {}),
  };
}

/** Midnight at the start of `day` in the browser's time zone. */
export function startOfDay(day: string): Date {
  const [year, month, date] = dayParts(day) ?? [NaN, NaN, NaN];
  return new Date(year, month - 1, date, 0, 0, 0, 0);
}

/** The last millisecond of `day` in the browser's time zone (the server's `until` is inclusive). */
export function endOfDay(day: string): Date {
  const [year, month, date] = dayParts(day) ?? [NaN, NaN, NaN];
  return new Date(year, month - 1, date, 23, 59, 59, 999);
}

export interface AuditFilterVariables {
  kind: string | null;
  vmId: string | null;
  since: string | null;
  until: string | null;
}

/** The `auditEvents` arguments for the filters, or the reason they cannot be asked for. */
export function auditFilterVariables(search: AuditSearch): { variables: AuditFilterVariables } | { error: string } {
  if (search.from && search.to && search.to < search.from) {
    return { error: "The last day is before the first day: choose a later “To” day." };
  }
  return {
    variables: {
      kind: search.kind ?? null,
      vmId: search.vm ?? null,
      since: search.from ? startOfDay(search.from).toISOString() : null,
      until: search.to ? endOfDay(search.to).toISOString() : null,
    },
  };
}

export const hasFilters = (search: AuditSearch) => Boolean(search.kind || search.vm || search.from || search.to);
