import {
  badUserInput,
  canSee,
  type Caller,
  type DocumentHandler,
  isUuid,
  renderTaxInvoicePdf,
  taxInvoiceCsv,
} from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import { findInvoice, findInvoiceLines, type InvoiceRecord } from "./invoice.store";
import { toDocument } from "./invoice-document";

const FILE = /^([0-9a-f-]{36})\.(pdf|csv)$/i;

/**
 * Who may download an invoice: whoever sees its recipient (the recipient's users, its reseller,
 * provider staff) and the issuer's own users. Anyone else is told it does not exist.
 */
export function canDownload(caller: Caller, invoice: InvoiceRecord): boolean {
  return canSee(caller, invoice.recipient.id) || caller.organizationId === invoice.issuer.id;
}

/** `GET /documents/invoices/<id>.pdf` and `.csv`: the same isolation as the graph; 404 for anything else. */
export function invoiceDownloads(db: TelemetryDb): DocumentHandler {
  return async ({ caller, path }) => {
    const match = path.length === 1 ? FILE.exec(path[0]!) : null;
    if (!match || !isUuid(match[1]!)) throw badUserInput("Expected /documents/invoices/<id>.pdf or .csv", "path");
    const invoice = await findInvoice(db, match[1]!.toLowerCase());
    if (!invoice || !canDownload(caller, invoice)) return null;
    const [lines] = await findInvoiceLines(db, [invoice.id]);
    const document = toDocument(invoice, lines ?? []);
    return match[2]!.toLowerCase() === "pdf"
      ? { filename: `${invoice.number}.pdf`, contentType: "application/pdf", body: await renderTaxInvoicePdf(document) }
      : { filename: `${invoice.number}.csv`, contentType: "text/csv; charset=utf-8", body: taxInvoiceCsv(document) };
  };
}
