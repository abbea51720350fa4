import { canSee, isUuid } from "@dcx/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { unopenedWallet } from "../wallet/unopened-wallet";
import { Wallet } from "../wallet/wallet.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationWalletResolver {
  // Null for an organisation the caller cannot see: existence must not leak. One they can see
  // always has a wallet here: until the first top-up or setting opens it, an empty one, unwritten.
  @FieldResolver(() => Wallet, {
    nullable: true,
    description:
      "The prepaid wallet. An organisation without one yet shows an empty wallet (same id); its first top-up, credit or setting opens it.",
  })
  async wallet(@Root() organization: Organization, @Ctx() ctx: WalletContext): Promise<Wallet | null> {
    if (!canSee(ctx.caller, organization.id)) return null;
    const wallet = await ctx.loaders.walletByOrganizationId.load(organization.id);
    // An id that cannot be a UUID names no organisation (tenancy's ids are UUIDs).
    return wallet ?? (isUuid(organization.id) ? unopenedWallet(organization.id) : null);
  }
}
