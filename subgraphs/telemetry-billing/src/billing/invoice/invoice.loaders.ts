import { encodeTimeCursor, type TimeCursor, visibleOrganizations } from "@dcx/kit";
import DataLoader from "dataloader";
import type { TelemetryContext } from "../../context";
import type { InvoiceLineDraft } from "./invoice-lines";
import { findInvoiceLines, findInvoicePages, type InvoicePage } from "./invoice.store";

interface InvoiceLoaders {
  /** One statement for every organisation asked with the same page size and cursor. */
  page(first: number, after: TimeCursor | null): DataLoader<string, InvoicePage>;
  lines: DataLoader<string, InvoiceLineDraft[]>;
}

const perRequest = new WeakMap<TelemetryContext, InvoiceLoaders>();

/** The request's invoice loaders, seeing only the caller's organisations. */
export function invoiceLoaders(ctx: TelemetryContext): InvoiceLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const pages = new Map<string, DataLoader<string, InvoicePage>>();
    const visible = visibleOrganizations(ctx.caller);
    loaders = {
      page(first, after) {
        const key = `${first}|${after ? encodeTimeCursor(after) : ""}`;
        let loader = pages.get(key);
        if (!loader) {
          loader = new DataLoader((ids: readonly string[]) => findInvoicePages(ctx.db, ids, first, after, visible));
          pages.set(key, loader);
        }
        return loader;
      },
      lines: new DataLoader((ids: readonly string[]) => findInvoiceLines(ctx.db, ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
