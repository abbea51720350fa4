import { canSee } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { PowerState } from "../vm/vm.type";
import { encodeVmCursor } from "./vm-cursor";
import { VmConnection } from "./vm-connection.type";
import { parseVmPageArgs, VM_PAGE, VmOrder } from "./vm-list.args";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationVmsResolver {
  // Nullable so that an inventory failure leaves the rest of the organisation readable.
  @FieldResolver(() => VmConnection, {
    nullable: true,
    description:
      "The organisation's VMs (deleted ones never), by name ignoring case (A→Z unless `order` says Z→A), a page at a time. Null only with an error.",
  })
  async vms(
    @Root() organization: Organization,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: VM_PAGE.defaultSize,
      description: `VMs per page, 1–${VM_PAGE.maxSize}.`,
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." })
    after: string | null,
    @Arg("powerState", () => PowerState, { nullable: true, description: "Only VMs in this power state." })
    powerState: PowerState | null,
    @Arg("search", () => String, {
      nullable: true,
      description: `Only VMs whose name contains this text, ignoring case (1–${VM_PAGE.maxSearchLength} characters).`,
    })
    search: string | null,
    @Ctx() ctx: VmsContext,
    @Arg("order", () => VmOrder, {
      nullable: true,
      defaultValue: VmOrder.NAME_ASC,
      description: "A→Z or Z→A; `after` continues in the same direction from the VM its cursor names.",
    })
    order: VmOrder | null = VmOrder.NAME_ASC,
  ): Promise<VmConnection> {
    const args = parseVmPageArgs({ first, after, powerState, search, order });
    const filter = { powerState: args.powerState, search: args.search };
    // An organisation the caller cannot see has no VMs to show (its reference is null anyway).
    if (!canSee(ctx.caller, organization.id)) {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, organizationId: null, filter };
    }
    const page = await ctx.loaders.vmPageByOrganizationId(args).load(organization.id);
    const edges = page.vms.map(({ vm, cursor }) => ({ cursor: encodeVmCursor(cursor), node: vm }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      organizationId: organization.id,
      filter,
    };
  }
}

@Resolver(() => VmConnection)
export class VmConnectionResolver {
  @FieldResolver(() => Int, { description: "How many VMs match the filters, on every page." })
  totalCount(@Root() connection: VmConnection, @Ctx() ctx: VmsContext): Promise<number> | number {
    if (!connection.organizationId) return 0;
    return ctx.loaders.vmCountByOrganizationId(connection.filter).load(connection.organizationId);
  }
}
