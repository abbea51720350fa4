import { Money, PageInfo } from "@dcx/kit";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Vm } from "../vm/vm.type";

/** What a VM ranking orders by, highest first. */
export enum VmRankingOrder {
  MONTH_COST = "MONTH_COST",
  MONTH_FORECAST = "MONTH_FORECAST",
  CPU_AVERAGE = "CPU_AVERAGE",
}

registerEnumType(VmRankingOrder, {
  name: "VmRankingOrder",
  description:
    "MONTH_COST: this billing month so far (as `Vm.monthCost.toDate`); MONTH_FORECAST: its month-end forecast (`projectedMonthEnd`); CPU_AVERAGE: mean CPU over the window. Highest first; VMs without data last.",
});

@ObjectType({
  description: "One VM of a ranking, the figure it is ranked by, and the cursor that points just after it.",
})
export class VmRankingEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this VM." })
  cursor!: string;

  // Nullable: a VM deleted moments ago (before billing heard of it) has no VM to show, and only
  // its edge should say so, not the whole page.
  @Field(() => Vm, {
    nullable: true,
    description: "The VM; null only with an error (one the vms subgraph no longer has).",
  })
  node!: Vm | null;

  @Field(() => Boolean, {
    description:
      "False when the VM has nothing to rank by (not metered this month, or no sample in the window): it comes after every VM with data.",
  })
  hasData!: boolean;

  @Field(() => Money, {
    nullable: true,
    description: "MONTH_COST or MONTH_FORECAST: the amount ranked, VAT included. Null otherwise or without data.",
  })
  cost!: Money | null;

  @Field(() => Float, {
    nullable: true,
    description: "CPU_AVERAGE: the mean CPU of every sample in the window, %. Null otherwise or without data.",
  })
  cpuAveragePercent!: number | null;
}

@ObjectType({
  description:
    "A page of an organisation's VMs ranked by cost or CPU, highest first, then by id; VMs without data follow, by id.",
})
export class VmRankingConnection {
  @Field(() => [VmRankingEdge])
  edges!: VmRankingEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "VMs ranked, with data or without, on every page." })
  totalCount!: number;

  @Field(() => Int, { description: "Of those, the VMs with data (ranked first)." })
  withDataCount!: number;

  @Field(() => Date, {
    nullable: true,
    description: "Costs: usage before this hour is included (null before any this month). Null for CPU.",
  })
  meteredUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: "CPU: the window's start. Null for costs." })
  since!: Date | null;

  @Field(() => Date, { nullable: true, description: "CPU: the window's end (exclusive). Null for costs." })
  until!: Date | null;
}
