import { canSee, decodeTimeCursor, encodeTimeCursor, type PageInfo, requireCaller } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { loadVisibleVm } from "../vm/vm.access";
import { Vm } from "../vm/vm.type";
import { OPERATIONS_PAGE, operationPageSize } from "./operation-page";
import { operationLoaders } from "./operation.loaders";
import { VmOperation, VmOperationConnection } from "./operation.type";

@Resolver(() => VmOperation)
export class VmOperationResolver {
  // UNAUTHENTICATED without a caller; null for an operation the caller cannot see, as for an unknown id.
  @Query(() => VmOperation, { nullable: true, description: "One VM operation by id: poll it for progress." })
  async vmOperation(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation | null> {
    const caller = requireCaller(ctx.caller);
    const operation = await operationLoaders(ctx).operationById.load(id);
    return operation && canSee(caller, operation.organizationId) ? operation : null;
  }

  @FieldResolver(() => Vm, { nullable: true, description: "The VM operated on; null once it is deleted." })
  vm(@Root() operation: VmOperation, @Ctx() ctx: VmsContext): Promise<Vm | null> | null {
    return operation.vmId ? loadVisibleVm(ctx, operation.vmId) : null;
  }
}

@Resolver(() => Vm)
export class VmOperationsResolver {
  @FieldResolver(() => [VmOperation], { description: "The VM's operations, newest first." })
  operations(
    @Root() vm: Vm,
    @Arg("first", () => Int, { nullable: true, defaultValue: OPERATIONS_PAGE.default }) first: number | null,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperation[]> | VmOperation[] {
    const size = operationPageSize(first);
    if (!canSee(ctx.caller, vm.organizationId)) return [];
    return operationLoaders(ctx).latestOperationsByVmId(size).load(vm.id);
  }
}

@Resolver(() => Organization)
export class OrganizationVmOperationsResolver {
  @FieldResolver(() => VmOperationConnection, {
    description:
      "The organisation's VM operations, newest first, a page at a time. Empty for one the caller cannot see.",
  })
  async vmOperations(
    @Root() organization: Organization,
    @Arg("first", () => Int, { nullable: true, defaultValue: OPERATIONS_PAGE.default }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperationConnection> {
    const size = operationPageSize(first);
    const cursor = decodeTimeCursor(after);
    const empty: PageInfo = { hasNextPage: false, endCursor: null };
    if (!canSee(ctx.caller, organization.id)) return { edges: [], pageInfo: empty };
    const page = await operationLoaders(ctx).operationPageByOrganizationId(size, cursor).load(organization.id);
    const edges = page.operations.map((node) => ({
      cursor: encodeTimeCursor({ micros: node.createdAtMicros, id: node.id }),
      node,
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
