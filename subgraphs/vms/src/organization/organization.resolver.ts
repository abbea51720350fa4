import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Vm } from "../vm/vm.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationVmsResolver {
  @FieldResolver(() => [Vm], { description: "The organisation's VM inventory, by name." })
  vms(@Root() organization: Organization, @Ctx() ctx: VmsContext): Promise<Vm[]> {
    return ctx.loaders.vmsByOrganizationId.load(organization.id);
  }
}
