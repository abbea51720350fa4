import type { CombinedError } from "urql";
import { decimalPlaces, formatScaled, parseScaled } from "@dcx/kit/decimal";
import { formatMoney } from "../money";
import type { ProductUnit, StorageTier, VmEstimateInput } from "../gql/graphql";

/**
 * The New VM form as the user typed it. Numbers stay text until they are sent, so a half-typed
 * value is shown as typed and explained, never silently replaced.
 */
export interface VmForm {
  /** A named size, or vCPUs and RAM given by hand. */
  mode: "size" | "custom";
  size: string;
  vcpuCount: string;
  memoryGb: string;
  /** With a size: extra disks after its boot disk. Custom: every disk, the first one boots. */
  disks: DiskRow[];
  licences: LicenceRow[];
  publicIpCount: string;
}

export interface DiskRow {
  key: number;
  tier: StorageTier;
  capacityGb: string;
}

export interface LicenceRow {
  key: number;
  sku: string;
  quantity: string;
}

/** Messages by input field, named as the server names them ("disks[0].capacityGb"). */
export type FieldErrors = Record<string, string>;

export const initialVmForm = (size = ""): VmForm => ({
  mode: size ? "size" : "custom",
  size,
  vcpuCount: "2",
  memoryGb: "4",
  disks: size ? [] : [{ key: 0, tier: "STANDARD", capacityGb: "40" }],
  licences: [],
  publicIpCount: "0",
});

/** Keys for new rows: one more than any in use. */
export const nextKey = (rows: readonly { key: number }[]) => rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

/** "12" → 12; anything but up to nine digits (with an optional minus) is not a whole number here. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

export type EstimateRequest =
  { input: VmEstimateInput; errors?: undefined } | { input?: undefined; errors: FieldErrors };

/**
 * The `estimateVm` input for the form, or the fields that are not yet numbers. Ranges (1–128
 * vCPUs, …) are the server's to check: its BAD_USER_INPUT message is shown beside the field.
 */
export function toEstimateInput(form: VmForm): EstimateRequest {
  const errors: FieldErrors = {};
  const whole = (text: string, field: string) => {
    const value = parseWholeNumber(text);
    if (value === null) errors[field] = text.trim() === "" ? "Enter a number" : "Enter a whole number";
    return value ?? 0;
  };
  const input: VmEstimateInput = {
    disks: form.disks.map((disk, i) => ({
      tier: disk.tier,
      capacityGb: whole(disk.capacityGb, `disks[${i}].capacityGb`),
    })),
    licences: form.licences.map((licence, i) => {
      if (!licence.sku) errors[`licences[${i}].sku`] = "Choose a licence";
      return { sku: licence.sku, quantity: whole(licence.quantity, `licences[${i}].quantity`) };
    }),
    publicIpCount: whole(form.publicIpCount, "publicIpCount"),
  };
  if (form.mode === "size") {
    if (!form.size) errors.size = "Choose a size";
    input.size = form.size;
  } else {
    input.vcpuCount = whole(form.vcpuCount, "vcpuCount");
    input.memoryGb = whole(form.memoryGb, "memoryGb");
  }
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

/** The server's BAD_USER_INPUT messages by the field they name; others are not a field's. */
export function fieldErrorsOf(error: CombinedError | undefined): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  if (error?.networkError) other.push(`Network error: ${error.networkError.message}`);
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const field = graphQLError.extensions?.field;
    if (graphQLError.extensions?.code === "BAD_USER_INPUT" && typeof field === "string")
      fields[field] = graphQLError.message;
    else other.push(graphQLError.message);
  }
  return { fields, other };
}

/** What one unit of a licence product is, for the quantity's label. */
export function licenceUnitLabel(unit: ProductUnit): string {
  switch (unit) {
    case "VCPU_HOUR":
      return "vCPUs";
    case "CORE_PACK_HOUR":
      return "2-core packs";
    case "INSTANCE_MONTH":
      return "VMs";
    case "GB_RAM_HOUR":
      return "GB of RAM";
    case "GB_MONTH":
    case "GB_TRANSFER":
      return "GB";
    case "IP_MONTH":
      return "IP addresses";
    case "MONTH":
      return "units";
  }
}

/** "general", "compute", … with their sizes, in the order the server listed them. */
export function groupByFamily<T extends { name: string }>(sizes: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const size of sizes) {
    const family = size.name.includes(".") ? size.name.slice(0, size.name.indexOf(".")) : "other";
    groups.set(family, [...(groups.get(family) ?? []), size]);
  }
  return [...groups];
}

/** "0.1500" → "15 %", "0.1550" → "15,5 %": the server's rate with the point moved, digits kept. */
export function formatVatPercent(rate: string): string {
  // A rate at scale s is a percentage at scale s - 2; read it with at least two places.
  const scale = Math.max(2, decimalPlaces(rate));
  const percent = formatScaled(parseScaled(rate, scale), scale - 2);
  const trimmed = percent.includes(".") ? percent.replace(/0+$/, "").replace(/\.$/, "") : percent;
  return `${trimmed.replace(".", ",")} %`;
}

/**
 * A unit price with every digit the server sent that matters: "0.185000" → "R 0,185",
 * "95.000000" → "R 95,00". Per-hour prices have more than cents, so rounding them would mislead.
 */
export function formatUnitPrice(money: { amount: string; currency: string }): string {
  const [whole = "0", fraction = ""] = money.amount.split(".");
  const digits = fraction.replace(/0+$/, "").padEnd(2, "0");
  const cents = formatMoney(`${whole}.${digits.slice(0, 2)}`, money.currency);
  return digits.length > 2 ? `${cents}${digits.slice(2)}` : cents;
}
