import type { OrganizationKind, PowerState, StorageTier, UserRole } from "./gql/graphql";

const quantity = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 1 });

/** "8", "0,5", "12 288" — grouping and decimal comma as in the rand amounts. */
export function formatQuantity(value: number): string {
  return quantity.format(value);
}

export function formatGb(value: number): string {
  return `${formatQuantity(value)} GB`;
}

export function organizationKindLabel(kind: OrganizationKind): string {
  switch (kind) {
    case "PROVIDER":
      return "Provider";
    case "RESELLER":
      return "Reseller";
    case "CUSTOMER":
      return "Customer";
  }
}

export function userRoleLabel(role: UserRole): string {
  switch (role) {
    case "OWNER":
      return "Owner";
    case "ADMIN":
      return "Admin";
    case "BILLING":
      return "Billing";
    case "MEMBER":
      return "Member";
    case "READ_ONLY":
      return "Read-only";
  }
}

export function powerStateLabel(state: PowerState): string {
  switch (state) {
    case "POWERED_ON":
      return "Powered on";
    case "POWERED_OFF":
      return "Powered off";
    case "SUSPENDED":
      return "Suspended";
  }
}

export function storageTierLabel(tier: StorageTier): string {
  switch (tier) {
    case "PERFORMANCE":
      return "performance";
    case "STANDARD":
      return "standard";
    case "ARCHIVE":
      return "archive";
  }
}

/** "100 GB performance, 500 GB standard" */
export function describeDisks(disks: ReadonlyArray<{ capacityGb: number; tier: StorageTier }>): string {
  if (disks.length === 0) return "No disks";
  return disks.map((disk) => `${formatGb(disk.capacityGb)} ${storageTierLabel(disk.tier)}`).join(", ");
}

/** The browser's IANA time zone, e.g. "Africa/Johannesburg", named beside times people read or type. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-ZA", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * An ISO instant in South African style with its zone named, e.g. "22 Nov 2026, 08:10 SAST", in
 * the browser's time zone unless `timeZone` is given (tests pin one).
 */
export const formatDateTime = (iso: string, timeZone?: string) => dateTimeFormat(timeZone).format(new Date(iso));
