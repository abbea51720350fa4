import { badUserInput, canSee, decodeTimeCursor, encodeTimeCursor } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Organization } from "../organization/organization.type";
import { type AlertContext, alertLoaders } from "./alert.loaders";
import { toVmAlert } from "./alert.store";
import { VmAlertConnection } from "./resolved-alerts.type";

export const RESOLVED_ALERTS_DEFAULT = 20;
export const RESOLVED_ALERTS_MAX = 100;

@Resolver(() => Organization)
export class OrganizationResolvedAlertsResolver {
  @FieldResolver(() => VmAlertConnection, {
    nullable: true,
    description:
      `Alerts of the organisation's VMs that have stopped firing, the latest resolved first: \`first\` (default ${RESOLVED_ALERTS_DEFAULT}, ` +
      `at most ${RESOLVED_ALERTS_MAX}) after the \`after\` cursor. Null for an organisation the caller cannot see.`,
  })
  async resolvedAlerts(
    @Root() organization: Organization,
    @Arg("first", () => Int, { nullable: true, defaultValue: RESOLVED_ALERTS_DEFAULT }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AlertContext,
  ): Promise<VmAlertConnection | null> {
    const size = first ?? RESOLVED_ALERTS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > RESOLVED_ALERTS_MAX) {
      throw badUserInput(`first must be from 1 to ${RESOLVED_ALERTS_MAX}`, "first");
    }
    const cursor = decodeTimeCursor(after);
    if (!canSee(ctx.caller, organization.id)) return null;
    const page = await alertLoaders(ctx).resolvedAlertsOfOrganization(size, cursor).load(organization.id);
    const edges = page.alerts.map(({ row, cursor: at }) => ({ cursor: encodeTimeCursor(at), node: toVmAlert(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
