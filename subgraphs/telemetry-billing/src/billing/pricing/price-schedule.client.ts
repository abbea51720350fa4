import type { ServiceClient } from "@dcx/kit";

export interface ScheduledPrice {
  sku: string;
  name: string;
  unit: string;
  /** Rand per unit excluding VAT, exact (6 decimals). */
  unitPrice: string;
  effectiveFrom: string;
}

export interface ScheduledVatRate {
  rate: string;
  effectiveFrom: string;
}

export interface PriceSchedule {
  prices: ScheduledPrice[];
  vatRates: ScheduledVatRate[];
}

/** Where prices come from: the catalog, or a test's own schedule. */
export type PriceScheduleSource = (since: Date, until: Date) => Promise<PriceSchedule>;

const PRICE_SCHEDULE = `query($since: DateTimeISO!, $until: DateTimeISO!) {
  priceSchedule(since: $since, until: $until) {
    prices { sku name unit unitPrice effectiveFrom }
    vatRates { rate effectiveFrom }
  }
}`;

/**
 * Asks the catalog, which owns prices and VAT, signing as `telemetry-billing` (the catalog must
 * trust it: `CATALOG_TRUSTED_SERVICES=vms,telemetry-billing`). Throws on anything but an answer.
 */
export function catalogPriceSchedule(client: ServiceClient<"catalog">): PriceScheduleSource {
  return async (since, until) => {
    const response = await client.request<{ priceSchedule: PriceSchedule }>("catalog", PRICE_SCHEDULE, {
      since: since.toISOString(),
      until: until.toISOString(),
    });
    const schedule = response.data?.priceSchedule;
    if (!schedule) throw new Error(`the catalog did not give its price schedule: ${JSON.stringify(response.errors)}`);
    return schedule;
  };
}
