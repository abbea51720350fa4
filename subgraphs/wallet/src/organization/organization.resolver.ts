import { canSee } from "@dcx/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { Wallet } from "../wallet/wallet.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationWalletResolver {
  // Also null for an organisation the caller cannot see: existence must not leak.
  @FieldResolver(() => Wallet, { nullable: true, description: "The prepaid wallet; null until one is opened." })
  async wallet(@Root() organization: Organization, @Ctx() ctx: WalletContext): Promise<Wallet | null> {
    if (!canSee(ctx.caller, organization.id)) return null;
    return ctx.loaders.walletByOrganizationId.load(organization.id);
  }
}
