import { describe, expect, it } from "vitest";
import { resell } from "./wholesale";

const invoice = (name: string, taxable: [bigint, bigint][]) => ({
  customerId: `id-${name}`,
  customerName: name,
  invoiceId: `invoice-${name}`,
  invoiceNumber: `CT-${name}`,
  taxableByRate: taxable.map(([rate, taxableCents]) => ({ rate, taxableCents })),
});

describe("what a reseller keeps and owes", () => {
  it("rounds the margin per customer, half away from zero, and owes the rest", () => {
    // 12.5 % of 1 275.90 = 159.4875 → 159.49; of 0.04 = 0.005 → 0.01; of −0.04 (a credit) → −0.01.
    const resale = resell(
      [invoice("Vodacom", [[1500n, 127_590n]]), invoice("Tiny", [[1500n, 4n]]), invoice("Credit", [[1500n, -4n]])],
      1250n,
      "2026-10",
    );
    expect(
      resale.statement.lines.map((line) => [line.customerName, line.billedCents, line.marginCents, line.dueCents]),
    ).toEqual([
      ["Credit", -4n, -1n, -3n],
      ["Tiny", 4n, 1n, 3n],
      ["Vodacom", 127_590n, 15_949n, 111_641n],
    ]);
    expect(resale.statement).toMatchObject({ billedCents: 127_590n, marginCents: 15_949n, dueCents: 111_641n });
    expect(resale.lines.map((line) => [line.description, line.amountCents, line.vatRate])).toEqual([
      ["Services resold to Credit, 2026-10", -3n, 1500n],
      ["Services resold to Tiny, 2026-10", 3n, 1500n],
      ["Services resold to Vodacom, 2026-10", 111_641n, 1500n],
    ]);
  });

  it("splits a customer's wholesale line by VAT rate in a month whose rate changed", () => {
    const resale = resell(
      [
        invoice("Vodacom", [
          [1500n, 10_000n],
          [1600n, 20_000n],
        ]),
      ],
      1000n,
      "2026-10",
    );
    expect(resale.lines.map((line) => [line.description, line.amountCents, line.vatRate])).toEqual([
      ["Services resold to Vodacom, 2026-10 (VAT 15 %)", 9_000n, 1500n],
      ["Services resold to Vodacom, 2026-10 (VAT 16 %)", 18_000n, 1600n],
    ]);
    expect(resale.statement.lines[0]).toMatchObject({ billedCents: 30_000n, marginCents: 3_000n, dueCents: 27_000n });
  });

  it("keeps nothing at 0 % and everything at 100 %", () => {
    const customers = [invoice("Vodacom", [[1500n, 127_590n]])];
    expect(resell(customers, 0n, "2026-10").statement.dueCents).toBe(127_590n);
    expect(resell(customers, 10_000n, "2026-10").statement).toMatchObject({ marginCents: 127_590n, dueCents: 0n });
  });
});
