import { canSee } from "@dcx/kit";
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { assertMayManageSuspensions } from "./suspension.access";
import { checkReason } from "./suspension.input";
import { liftVmSuspension, suspendOrganizationVms } from "./suspension.service";
import { VmSuspension } from "./suspension.type";

@Resolver(() => Organization)
export class OrganizationVmSuspensionResolver {
  @FieldResolver(() => VmSuspension, {
    nullable: true,
    description: "The organisation's active suspension, null when none (or not visible).",
  })
  vmSuspension(@Root() organization: Organization, @Ctx() ctx: VmsContext): Promise<VmSuspension | null> | null {
    if (!canSee(ctx.caller, organization.id)) return null;
    return ctx.loaders.activeSuspensionByOrganizationId.load(organization.id);
  }
}

/** Billing's side of unpaid usage: only the wallet service calls these, directly (see `suspension.access.ts`). */
@Resolver()
export class VmSuspensionMutationsResolver {
  @Directive("@inaccessible")
  @Mutation(() => VmSuspension, {
    description:
      "Trusted service `wallet` only (@inaccessible). Idempotent: an organisation already suspended returns its active suspension (and queues power-off for any VM that is on again).",
  })
  suspendOrganizationVms(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: VmsContext,
  ): Promise<VmSuspension> {
    assertMayManageSuspensions(ctx);
    return suspendOrganizationVms(ctx.db, ctx.deps, {
      organizationId,
      reason: checkReason(reason),
      requestedBy: ctx.service!,
    });
  }

  @Directive("@inaccessible")
  @Mutation(() => VmSuspension, {
    nullable: true,
    description:
      "Trusted service `wallet` only (@inaccessible). Ends the active suspension; null when there was none. VMs stay off: their users power them on.",
  })
  liftVmSuspension(
    @Arg("organizationId", () => ID) organizationId: string,
    @Ctx() ctx: VmsContext,
  ): Promise<VmSuspension | null> {
    assertMayManageSuspensions(ctx);
    return liftVmSuspension(ctx.db, ctx.deps, { organizationId, requestedBy: ctx.service! });
  }
}
