import { formatDateTime } from "../format";
import { formatRate, formatUnitPrice } from "./provider-rules";

export interface UpcomingPrice {
  productName: string;
  unitPrice: { amount: string; currency: string };
  effectiveFrom: string;
}

/** Price changes already scheduled, the soonest first, as the catalog answers them. */
export function ScheduledPrices({ prices }: { prices: readonly UpcomingPrice[] }) {
  if (prices.length === 0) {
    return (
      <p className="hint" data-testid="scheduled-prices-none">
        No price change is scheduled.
      </p>
    );
  }
  const soonestFirst = [...prices].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return (
    <ul className="scheduled-list">
      {soonestFirst.map((change) => (
        <li key={`${change.productName}@${change.effectiveFrom}`} data-testid="scheduled-price">
          {change.productName}: {formatUnitPrice(change.unitPrice)} from {formatDateTime(change.effectiveFrom)}
        </li>
      ))}
    </ul>
  );
}

/** VAT rates already scheduled, the soonest first. */
export function ScheduledVatRates({ rates }: { rates: readonly { rate: string; effectiveFrom: string }[] }) {
  if (rates.length === 0) return null;
  return (
    <ul className="scheduled-list">
      {rates.map((change) => (
        <li key={change.effectiveFrom} data-testid="scheduled-vat">
          Scheduled: {formatRate(change.rate)} from {formatDateTime(change.effectiveFrom)}
        </li>
      ))}
    </ul>
  );
}
