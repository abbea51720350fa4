import { DecimalScalar, Money, PageInfo } from "@dcx/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Vm } from "../../vm/vm.type";
import { BillVat } from "../bill/bill.type";

export enum InvoiceLineKind {
  USAGE = "usage",
  ADJUSTMENT = "adjustment",
  RESOLD = "resold",
}
registerEnumType(InvoiceLineKind, {
  name: "InvoiceLineKind",
  description: "Usage of the invoice's month, late usage of an earlier month, or services resold to a customer.",
});

@ObjectType({ description: "A party's details as they were when the invoice was issued." })
export class InvoicePartyDetails {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: "Null when the party is not registered for VAT." })
  vatNumber!: string | null;
}

@ObjectType({ description: "One line of a tax invoice; amounts exclude VAT." })
export class InvoiceLine {
  @Field(() => InvoiceLineKind) kind!: InvoiceLineKind;
  @Field(() => String, { description: 'The heading the line is shown under: "VM <id>" or the services resold.' })
  group!: string;
  @Field(() => String, {
    description: 'The month whose usage the line bills, e.g. "2026-10" (earlier for an adjustment).',
  })
  usageMonth!: string;
  @Field(() => ID, { nullable: true }) vmId!: string | null;
  @Field(() => Vm, { nullable: true, description: "The VM billed (its name comes from the vms subgraph)." })
  vm!: Vm | null;
  @Field(() => ID, { nullable: true, description: "For services resold: the reseller's customer." })
  customerId!: string | null;
  @Field(() => String, { nullable: true, description: "Catalog SKU; null for services resold." }) sku!: string | null;
  @Field(() => String) description!: string;
  @Field(() => String) unit!: string;
  @Field(() => DecimalScalar, { description: "4 decimals." }) quantity!: string;
  @Field(() => Money, { description: "Excluding VAT (6 decimals)." }) unitPrice!: Money;
  @Field(() => DecimalScalar, { description: 'e.g. "0.1500".' }) vatRate!: string;
  @Field(() => Money) amount!: Money;
}

@ObjectType({
  description:
    "A closed monthly bill: a full South African tax invoice, numbered without gaps per issuer, never changed once issued.",
})
export class Invoice {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '"Tax Invoice".' }) title!: string;
  @Field(() => String, { description: 'e.g. "DCX-2026-000123": the issuer\'s prefix, the year, the sequence.' })
  number!: string;
  @Field(() => String, { description: 'The billing month, e.g. "2026-10".' }) month!: string;
  @Field(() => Date) periodStart!: Date;
  @Field(() => Date) periodEnd!: Date;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => InvoicePartyDetails, {
    description: "The supplier: the provider, or the reseller of a reseller's customer.",
  })
  issuer!: InvoicePartyDetails;
  @Field(() => InvoicePartyDetails) recipient!: InvoicePartyDetails;
  @Field(() => [InvoiceLine], { description: "Grouped by VM, then services resold." }) lines!: InvoiceLine[];
  @Field(() => Money, { description: "Excluding VAT." }) subtotal!: Money;
  @Field(() => [BillVat]) vatByRate!: BillVat[];
  @Field(() => Money) vat!: Money;
  @Field(() => Money) total!: Money;
  @Field(() => String, { description: "The PDF, relative to the gateway: /documents/invoices/<id>.pdf" })
  pdfUrl!: string;
  @Field(() => String, { description: "The lines as CSV: /documents/invoices/<id>.csv" }) csvUrl!: string;
}

@ObjectType()
export class InvoiceEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this invoice." }) cursor!: string;
  @Field(() => Invoice) node!: Invoice;
}

@ObjectType({ description: "A page of an organisation's invoices, newest first." })
export class InvoiceConnection {
  @Field(() => [InvoiceEdge]) edges!: InvoiceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
