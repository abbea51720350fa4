import { badUserInput, DecimalScalar, decodeTimeCursor, encodeTimeCursor, Money } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../../context";
import { Organization } from "../../organization/organization.type";
import { canSeeCommission } from "./commission.access";
import { commissionLoaders } from "./commission.loaders";
import { setResellerCommission } from "./commission.service";
import type { CommissionRate } from "./commission-rate.store";
import {
  CommissionLine,
  CommissionStatement,
  CommissionStatementConnection,
  ResellerCommission,
} from "./commission.type";

const CURRENCY = "ZAR";
const STATEMENTS_DEFAULT = 12;
const STATEMENTS_MAX = 60;
const rand = (cents: bigint) => Money.fromCents(cents, CURRENCY);

const toResellerCommission = (rate: CommissionRate): ResellerCommission => ({
  resellerId: rate.resellerId,
  fromMonth: rate.fromMonth,
  percent: rate.percent,
  setAt: rate.setAt,
});

@Resolver(() => Organization)
export class OrganizationCommissionResolver {
  @FieldResolver(() => CommissionStatementConnection, {
    nullable: true,
    description:
      `A reseller's monthly commission statements, newest first: \`first\` (default ${STATEMENTS_DEFAULT}, at most ${STATEMENTS_MAX}) ` +
      "after the `after` cursor. Provider staff and the reseller's own users only; null for anyone else.",
  })
  async commissionStatements(
    @Root() organization: Organization,
    @Arg("first", () => Int, { nullable: true, defaultValue: STATEMENTS_DEFAULT }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: TelemetryContext,
  ): Promise<CommissionStatementConnection | null> {
    const size = first ?? STATEMENTS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > STATEMENTS_MAX) {
      throw badUserInput(`first must be from 1 to ${STATEMENTS_MAX}`, "first");
    }
    const cursor = decodeTimeCursor(after);
    if (!canSeeCommission(ctx.caller, organization.id)) return null;
    const page = await commissionLoaders(ctx).page(size, cursor).load(organization.id);
    const edges = page.statements.map(({ statement, cursor: at }) => ({
      cursor: encodeTimeCursor(at),
      node: Object.assign(new CommissionStatement(), {
        id: statement.id,
        month: statement.month,
        percent: statement.percent,
        invoiceNumber: statement.invoiceNumber,
        issuedAt: statement.createdAt,
        billed: rand(statement.billedCents),
        margin: rand(statement.marginCents),
        due: rand(statement.dueCents),
      }),
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @FieldResolver(() => [ResellerCommission], {
    nullable: true,
    description:
      "Every commission percentage set for the reseller, newest month first. Provider staff and the reseller's own users only.",
  })
  async resellerCommissions(
    @Root() organization: Organization,
    @Ctx() ctx: TelemetryContext,
  ): Promise<ResellerCommission[] | null> {
    if (!canSeeCommission(ctx.caller, organization.id)) return null;
    return (await commissionLoaders(ctx).history.load(organization.id)).map(toResellerCommission);
  }
}

@Resolver(() => CommissionStatement)
export class CommissionStatementLinesResolver {
  @FieldResolver(() => [CommissionLine], { description: "One per customer the reseller invoiced, by name." })
  async lines(@Root() statement: CommissionStatement, @Ctx() ctx: TelemetryContext): Promise<CommissionLine[]> {
    return (await commissionLoaders(ctx).lines.load(statement.id)).map((line) => ({
      customerId: line.customerId,
      customerName: line.customerName,
      invoiceNumber: line.invoiceNumber,
      billed: rand(line.billedCents),
      margin: rand(line.marginCents),
      due: rand(line.dueCents),
    }));
  }
}

@Resolver()
export class CommissionMutationResolver {
  @Mutation(() => ResellerCommission, {
    description:
      "Sets a reseller's commission percentage (0–100, 2 decimals) from a billing month on, not before the current one " +
      "(provider owners and admins). Earlier settings are kept; the newest for a month applies.",
  })
  async setResellerCommission(
    @Arg("resellerId", () => ID) resellerId: string,
    @Arg("percent", () => DecimalScalar) percent: string,
    @Arg("fromMonth", () => String) fromMonth: string,
    @Ctx() ctx: TelemetryContext,
  ): Promise<ResellerCommission> {
    const rate = await setResellerCommission(
      ctx.db,
      ctx.caller,
      { resellerId, percent, fromMonth },
      ctx.now,
      ctx.deps.invoiceParties ?? null,
    );
    return toResellerCommission(rate);
  }
}
