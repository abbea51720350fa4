import { canSee, isUuid } from "@dcx/kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { Fleet } from "./fleet.type";

@Resolver(() => Organization)
export class OrganizationFleetResolver {
  @Directive('@requires(fields: "scopeOrganizationIds")')
  @FieldResolver(() => Fleet, {
    nullable: true,
    description:
      "VM count by power state, vCPUs, memory and disk of the organisation and every organisation under it that the caller may see. Null only with an error.",
  })
  fleet(@Root() organization: Organization, @Ctx() ctx: VmsContext): Promise<Fleet> | null {
    if (!canSee(ctx.caller, organization.id)) return null;
    // Tenancy sent the scope for this caller; it is checked against the caller again here, so a
    // representation can never widen what the caller sees.
    const scope = new Set([organization.id, ...(organization.scopeOrganizationIds ?? [])]);
    const memberIds = isUuid(organization.id) ? [...scope].filter((id) => isUuid(id) && canSee(ctx.caller, id)) : [];
    return ctx.loaders.fleetByScope.load({ organizationId: organization.id, memberIds });
  }
}
