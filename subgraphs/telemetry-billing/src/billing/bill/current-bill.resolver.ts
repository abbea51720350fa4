import { canSee, formatScaled } from "@dcx/kit";
import DataLoader from "dataloader";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../../context";
import { Organization } from "../../organization/organization.type";
import { CurrentBill } from "./bill.type";
import { pricedLineFields, randMoney as rand } from "./priced-line.format";
import { type CurrentBill as CurrentBillValues, findCurrentBills } from "./current-bill.service";

const loaders = new WeakMap<TelemetryContext, DataLoader<string, CurrentBillValues>>();

/** One loader per request: a reseller's list of customers' bills costs the same statements as one bill. */
export function currentBills(ctx: TelemetryContext): DataLoader<string, CurrentBillValues> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => findCurrentBills(ctx.db, ids, ctx.now));
    loaders.set(ctx, loader);
  }
  return loader;
}

export function toCurrentBill(bill: CurrentBillValues): CurrentBill {
  return {
    month: bill.month.label,
    periodStart: bill.month.start,
    periodEnd: bill.month.end,
    meteredUntil: bill.meteredUntil,
    lines: bill.lines.map((line) => ({
      vmId: line.vmId,
      vm: { id: line.vmId },
      sku: line.sku,
      description: line.description,
      unit: line.unit,
      ...pricedLineFields(line),
    })),
    subtotal: rand(bill.subtotalCents),
    vatByRate: bill.vatByRate.map((entry) => ({
      rate: formatScaled(entry.rate, 4),
      taxable: rand(entry.taxableCents),
      vat: rand(entry.vatCents),
    })),
    vat: rand(bill.vatCents),
    total: rand(bill.totalCents),
    projectedTotal: rand(bill.projectedTotalCents),
  };
}

@Resolver(() => Organization)
export class CurrentBillResolver {
  @FieldResolver(() => CurrentBill, {
    nullable: true,
    description:
      "This month's charges so far for the organisation's own VMs, with a projection to the month's end. Null for an organisation the caller cannot see.",
  })
  async currentBill(@Root() organization: Organization, @Ctx() ctx: TelemetryContext): Promise<CurrentBill | null> {
    if (!canSee(ctx.caller, organization.id)) return null;
    return toCurrentBill(await currentBills(ctx).load(organization.id));
  }
}
