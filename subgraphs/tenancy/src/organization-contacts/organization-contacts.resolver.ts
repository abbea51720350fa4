import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { UserRole } from "../user/user.type";
import { assertMayReadContacts } from "./organization-contacts.access";
import { findContacts } from "./organization-contacts.store";

/**
 * Whom another service e-mails about an organisation, e.g. telemetry-billing's alert e-mails to
 * owners and admins. @inaccessible: not in the public graph; only trusted services call it.
 */
@Resolver()
export class OrganizationContactsResolver {
  @Directive("@inaccessible")
  @Query(() => [String], {
    description:
      "E-mail addresses of the organisation's users with one of the roles, not disabled, sorted; empty for an unknown organisation. Trusted services only.",
  })
  async organizationContacts(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("roles", () => [UserRole]) roles: UserRole[],
    @Ctx() ctx: TenancyContext,
  ): Promise<string[]> {
    assertMayReadContacts(ctx);
    return findContacts(ctx.db, organizationId, roles);
  }
}
