import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { LedgerEntryConnection } from "./ledger-connection.type";

@Resolver(() => LedgerEntryConnection)
export class LedgerEntryConnectionResolver {
  @FieldResolver(() => Int, { description: "How many entries the wallet has in all, on every page." })
  async totalCount(@Root() connection: LedgerEntryConnection, @Ctx() ctx: WalletContext): Promise<number> {
    if (!connection.walletId) return 0;
    return ctx.loaders.entryCountByWalletId.load(connection.walletId);
  }
}
