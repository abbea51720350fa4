import { formatScaled, Money } from "@dcx/kit";

const CURRENCY = "ZAR";

/** Cents as the graph's Money, in rand. */
export const randMoney = (cents: bigint) => Money.fromCents(cents, CURRENCY);

/** What a priced line holds in integers: quantity (scale 4), unit price (micro-rand), VAT rate (scale 4), amount (cents). */
export interface PricedLineFigures {
  quantityScaled4: bigint;
  unitPriceMicros: bigint;
  vatRate: bigint;
  amountCents: bigint;
}

/** The figures of a bill or invoice line as the graph answers them (decimal text and Money). */
export function pricedLineFields(line: PricedLineFigures) {
  return {
    quantity: formatScaled(line.quantityScaled4, 4),
    unitPrice: Money.of(formatScaled(line.unitPriceMicros, 6), CURRENCY),
    vatRate: formatScaled(line.vatRate, 4),
    amount: randMoney(line.amountCents),
  };
}
