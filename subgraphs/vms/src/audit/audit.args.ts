import { badUserInput, cleanText, decodeTimeCursor, isUuid, type TimeCursor } from "@dcx/kit";

export const AUDIT_PAGE = { defaultSize: 50, maxSize: 200 } as const;

export interface AuditQuery {
  organizationId: string;
  vmId: string | null;
  kind: string | null;
  since: Date | null;
  until: Date | null;
  first: number;
  after: TimeCursor | null;
}

const uuidArg = (value: string, field: string) => {
  if (!isUuid(value)) throw badUserInput(`${field} must be a UUID`, field);
  return value.toLowerCase();
};

/** Checks `auditEvents` arguments; BAD_USER_INPUT names the argument. */
export function parseAuditQuery(raw: {
  organizationId: string;
  vmId: string | null;
  kind: string | null;
  since: Date | null;
  until: Date | null;
  first: number | null;
  after: string | null;
}): AuditQuery {
  const first = raw.first ?? AUDIT_PAGE.defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE.maxSize) {
    throw badUserInput(`first must be a whole number from 1 to ${AUDIT_PAGE.maxSize}`, "first");
  }
  if (raw.since && raw.until && raw.since > raw.until) throw badUserInput("until must not be before since", "until");
  return {
    organizationId: uuidArg(raw.organizationId, "organizationId"),
    vmId: raw.vmId === null || raw.vmId === undefined ? null : uuidArg(raw.vmId, "vmId"),
    kind:
      raw.kind === null || raw.kind === undefined
        ? null
        : cleanText(raw.kind, { field: "kind", label: "Kind", maxLength: 80 }),
    since: raw.since ?? null,
    until: raw.until ?? null,
    first,
    after: decodeTimeCursor(raw.after),
  };
}
