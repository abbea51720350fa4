import { DecimalScalar, Money, PageInfo } from "@dcx/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A reseller's commission percentage from a billing month on (every setting is kept)." })
export class ResellerCommission {
  @Field(() => ID) resellerId!: string;
  @Field(() => String, { description: 'The first billing month it applies to, e.g. "2026-10".' }) fromMonth!: string;
  @Field(() => DecimalScalar, { description: 'Of what the reseller invoices its customers, e.g. "12.50".' })
  percent!: string;
  @Field(() => Date) setAt!: Date;
}

@ObjectType({ description: "One customer's part of a commission statement; amounts exclude VAT." })
export class CommissionLine {
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: "As on the reseller's invoice to the customer." }) customerName!: string;
  @Field(() => String, { description: "The reseller's invoice to the customer." }) invoiceNumber!: string;
  @Field(() => Money, { description: "What the reseller invoiced the customer for the month." }) billed!: Money;
  @Field(() => Money, { description: "The reseller's commission: its percentage of billed, rounded per customer." })
  margin!: Money;
  @Field(() => Money, { description: "Billed less margin: what the provider invoices the reseller for it." })
  due!: Money;
}

@ObjectType({ description: "A reseller's commission for a billing month, per customer; amounts exclude VAT." })
export class CommissionStatement {
  @Field(() => ID) id!: string;
  @Field(() => String) month!: string;
  @Field(() => DecimalScalar, { description: "The commission percentage in force for the month." }) percent!: string;
  @Field(() => String, { description: "The provider's invoice to the reseller that charges the amounts due." })
  invoiceNumber!: string;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => [CommissionLine]) lines!: CommissionLine[];
  @Field(() => Money) billed!: Money;
  @Field(() => Money) margin!: Money;
  @Field(() => Money) due!: Money;
}

@ObjectType()
export class CommissionStatementEdge {
  @Field(() => String) cursor!: string;
  @Field(() => CommissionStatement) node!: CommissionStatement;
}

@ObjectType({ description: "A page of a reseller's commission statements, newest first." })
export class CommissionStatementConnection {
  @Field(() => [CommissionStatementEdge]) edges!: CommissionStatementEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
