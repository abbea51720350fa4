import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { Wallet } from "../wallet/wallet.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationWalletResolver {
  @FieldResolver(() => Wallet, { nullable: true, description: "The prepaid wallet; null until one is opened." })
  wallet(@Root() organization: Organization, @Ctx() ctx: WalletContext): Promise<Wallet | null> {
    return ctx.loaders.walletByOrganizationId.load(organization.id);
  }
}
