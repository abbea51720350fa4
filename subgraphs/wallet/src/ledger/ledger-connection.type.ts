import { PageInfo } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";
import { LedgerEntry } from "./ledger-entry.type";

@ObjectType({ description: "One entry in a page, with the cursor that points just after it." })
export class LedgerEntryEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this entry." })
  cursor!: string;

  @Field(() => LedgerEntry)
  node!: LedgerEntry;
}

@ObjectType({ description: "A page of a wallet's ledger, newest first." })
export class LedgerEntryConnection {
  @Field(() => [LedgerEntryEdge])
  edges!: LedgerEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** The wallet whose entries these are (for `totalCount`); null when the caller may not see it. */
  walletId!: string | null;
}
