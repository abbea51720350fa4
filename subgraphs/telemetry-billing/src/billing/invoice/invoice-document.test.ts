import type { Database } from "@dcx/kit";
import { renderTaxInvoicePdf, taxInvoiceCsv } from "@dcx/kit";
import { openTestDatabase, pdfText } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { MARCH } from "../metering/usage-change.fixture";
import { invoiceDocument } from "./invoice-document";
import { meterAndClose, PARTY, runVm, seedPrices, storedInvoices, vmOf } from "./invoice.testing";

describe("an invoice as a tax invoice document", () => {
  let database: Database<typeof telemetryTables>;
  let invoiceId: string;

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    await seedPrices(database.db, new Date("2025-06-01T00:00:00Z"));
    await runVm(database.db, PARTY.vodacom, MARCH);
    await meterAndClose(database.db, MARCH);
    invoiceId = (await storedInvoices(database.db)).find((invoice) => invoice.recipient_id === PARTY.vodacom)!.id;
  }, 120_000);
  afterAll(() => database.close());

  it("carries everything a full tax invoice must show, from the parties as they were at issue", async () => {
    const document = await invoiceDocument(database.db, invoiceId);
    expect(document).toMatchObject({
      title: "Tax Invoice",
      number: "CLOUDTEC-2026-000001",
      issuedAt: new Date(MARCH.end.getTime() + 2 * 3_600_000),
      periodLabel: "March 2026",
      supplier: { name: "CloudTech", address: "1 Loop Street, Cape Town, 8001", vatNumber: "4020202020" },
      recipient: { name: "Vodacom", address: "Vodavalley, Midrand, 1685", vatNumber: "4030303030" },
      subtotalCents: 127_590n,
      vatByRate: [{ rate: "0.1500", taxableCents: 127_590n, vatCents: 19_139n }],
      vatCents: 19_139n,
      totalCents: 146_729n,
      currency: "ZAR",
    });
    expect(document!.lines).toEqual([
      {
        group: `VM ${vmOf(PARTY.vodacom)}`,
        description: "RAM (GB)",
        quantity: "2920",
        unit: "gb_ram_hour",
        unitPrice: "0.185",
        vatRate: "0.1500",
        amountCents: 54_020n,
      },
      expect.objectContaining({ description: "vCPU", quantity: "1460", unitPrice: "0.42", amountCents: 61_320n }),
      expect.objectContaining({ description: "Performance storage (SSD)", quantity: "50", amountCents: 12_250n }),
    ]);
    expect(await invoiceDocument(database.db, PARTY.vodacom)).toBeNull();
  });

  it("renders as a PDF and a CSV that name the parties and the number", async () => {
    const document = (await invoiceDocument(database.db, invoiceId))!;
    const { text } = await pdfText(await renderTaxInvoicePdf(document));
    for (const expected of [
      "Tax Invoice",
      "CLOUDTEC-2026-000001",
      "CloudTech",
      "4020202020",
      "Vodacom",
      "4030303030",
    ]) {
      expect(text).toContain(expected);
    }
    expect(taxInvoiceCsv(document)).toContain("CLOUDTEC-2026-000001");
  });
});
