import { encodeTimeCursor, type PageInfo, requireCaller } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { loadVisibleVm } from "../vm/vm.access";
import { Vm } from "../vm/vm.type";
import { auditReader } from "./audit.access";
import { AUDIT_PAGE, parseAuditQuery } from "./audit.args";
import { AuditEvent, AuditEventConnection } from "./audit-event.type";
import { findAuditPage } from "./audit.store";

const EMPTY: PageInfo = { hasNextPage: false, endCursor: null };

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, {
    description:
      "An organisation's audit trail, newest first. Owners and admins (of it, its reseller or the provider) only; empty for an organisation the caller cannot see.",
  })
  async auditEvents(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("vmId", () => ID, { nullable: true, description: "Only events of this VM." }) vmId: string | null,
    @Arg("kind", () => String, { nullable: true, description: "Only events of this kind, e.g. `vm.power_on`." })
    kind: string | null,
    @Arg("since", () => Date, { nullable: true, description: "Only events at or after this time." }) since: Date | null,
    @Arg("until", () => Date, { nullable: true, description: "Only events at or before this time." })
    until: Date | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: AUDIT_PAGE.defaultSize,
      description: `Events per page, 1–${AUDIT_PAGE.maxSize}.`,
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." })
    after: string | null,
    @Ctx() ctx: VmsContext,
  ): Promise<AuditEventConnection> {
    const caller = requireCaller(ctx.caller);
    const query = parseAuditQuery({ organizationId, vmId, kind, since, until, first, after });
    if (!auditReader(caller, query.organizationId)) return { edges: [], pageInfo: EMPTY };
    const page = await findAuditPage(ctx.db, query, caller.visibleOrganizationIds);
    const edges = page.events.map(({ event, cursor }) => ({ cursor: encodeTimeCursor(cursor), node: event }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @FieldResolver(() => Organization, { description: "The organisation whose trail holds the event." })
  organization(@Root() event: AuditEvent): Organization {
    return { id: event.organizationId };
  }

  @FieldResolver(() => Vm, { nullable: true, description: "The VM, while it exists; `vmName` keeps its name after." })
  vm(@Root() event: AuditEvent, @Ctx() ctx: VmsContext): Promise<Vm | null> | null {
    return event.vmId ? loadVisibleVm(ctx, event.vmId) : null;
  }
}
