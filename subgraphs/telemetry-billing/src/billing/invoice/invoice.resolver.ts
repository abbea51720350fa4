import { badUserInput, canSee, decodeTimeCursor, encodeTimeCursor } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../../context";
import { Organization } from "../../organization/organization.type";
import { pricedLineFields, randMoney as rand } from "../bill/priced-line.format";
import type { InvoiceLineDraft } from "./invoice-lines";
import { invoiceLoaders } from "./invoice.loaders";
import type { InvoiceRecord } from "./invoice.store";
import { Invoice, InvoiceConnection, InvoiceLine, type InvoiceLineKind } from "./invoice.type";

export const BILLS_DEFAULT = 12;
export const BILLS_MAX = 60;

/** Where an invoice's file is served, relative to the gateway. */
export const invoiceFileUrl = (id: string, format: "pdf" | "csv") => `/documents/invoices/${id}.${format}`;

/** The graph's invoice, lines apart (`Invoice.lines` loads them for every invoice of a request at once). */
export function toInvoice(record: InvoiceRecord): Invoice {
  const party = (snapshot: InvoiceRecord["issuer"]) => ({
    organizationId: snapshot.id,
    name: snapshot.name,
    address: snapshot.address,
    vatNumber: snapshot.vatNumber,
  });
  return Object.assign(new Invoice(), {
    id: record.id,
    title: "Tax Invoice",
    number: record.number,
    month: record.month,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    issuedAt: record.issuedAt,
    issuer: party(record.issuer),
    recipient: party(record.recipient),
    subtotal: rand(record.subtotalCents),
    vatByRate: record.vatByRate.map((entry) => ({
      rate: entry.rate,
      taxable: rand(BigInt(entry.taxableCents)),
      vat: rand(BigInt(entry.vatCents)),
    })),
    vat: rand(record.vatCents),
    total: rand(record.totalCents),
    pdfUrl: invoiceFileUrl(record.id, "pdf"),
    csvUrl: invoiceFileUrl(record.id, "csv"),
  });
}

export function toInvoiceLine(line: InvoiceLineDraft): InvoiceLine {
  return {
    kind: line.kind as InvoiceLineKind,
    group: line.groupLabel,
    usageMonth: line.usageMonth,
    vmId: line.vmId,
    vm: line.vmId ? { id: line.vmId } : null,
    customerId: line.customerId,
    sku: line.sku,
    description: line.description,
    unit: line.unit,
    ...pricedLineFields(line),
  };
}

@Resolver(() => Organization)
export class OrganizationBillsResolver {
  @FieldResolver(() => InvoiceConnection, {
    nullable: true,
    description:
      `The organisation's closed monthly bills (tax invoices), newest first: \`first\` (default ${BILLS_DEFAULT}, at most ${BILLS_MAX}) ` +
      "after the `after` cursor. Null for an organisation the caller cannot see.",
  })
  async bills(
    @Root() organization: Organization,
    @Arg("first", () => Int, { nullable: true, defaultValue: BILLS_DEFAULT }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: TelemetryContext,
  ): Promise<InvoiceConnection | null> {
    const size = first ?? BILLS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > BILLS_MAX) {
      throw badUserInput(`first must be from 1 to ${BILLS_MAX}`, "first");
    }
    const cursor = decodeTimeCursor(after);
    if (!canSee(ctx.caller, organization.id)) return null;
    const page = await invoiceLoaders(ctx).page(size, cursor).load(organization.id);
    const edges = page.invoices.map(({ invoice, cursor: at }) => ({
      cursor: encodeTimeCursor(at),
      node: toInvoice(invoice),
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

@Resolver(() => Invoice)
export class InvoiceLinesResolver {
  @FieldResolver(() => [InvoiceLine], { description: "Grouped by VM (usage, then adjustments), then services resold." })
  async lines(@Root() invoice: Invoice, @Ctx() ctx: TelemetryContext): Promise<InvoiceLine[]> {
    // An invoice is only reached through an organisation the caller may see.
    return (await invoiceLoaders(ctx).lines.load(invoice.id)).map(toInvoiceLine);
  }
}
