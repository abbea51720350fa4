import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { loadQueryLimits } from "@dcx/supergraph";
import { getOperationAST, parse } from "graphql";
import { DASHBOARD_QUERY } from "../../integration/dashboard-query";
import { DCX_COST_RULES } from "../../supergraph/src/limits/cost-rules";
import { buildCostSchema } from "../../supergraph/src/limits/cost-schema";
import { operationCost } from "../../supergraph/src/limits/query-cost";

/**
 * What the gateway lets one signed-in person do with the dashboard query, priced as the gateway
 * prices it (same schema, rules and `GATEWAY_*` variables the launched platform reads).
 */
export interface CallerBudget {
  costPerLoad: number;
  /** Loads a second one person's budget refills. */
  sustainedLoadsPerSecond: number;
  /** Loads a full bucket pays for at once. */
  burstLoads: number;
  maxInFlight: number;
}

export function dashboardCallerBudget(env: Record<string, string | undefined> = process.env): CallerBudget {
  const limits = loadQueryLimits(env);
  const schema = buildCostSchema(readFileSync(path.join(repoRoot, "schema", "supergraph.graphql"), "utf8"));
  const document = parse(DASHBOARD_QUERY);
  const costPerLoad = operationCost(schema, DCX_COST_RULES, document, getOperationAST(document)!, {});
  return {
    costPerLoad,
    sustainedLoadsPerSecond: limits.budgetRefillPerSecond / costPerLoad,
    burstLoads: Math.floor(limits.budgetCapacity / costPerLoad),
    maxInFlight: limits.maxConcurrentPerCaller,
  };
}

/**
 * People needed so that no one's budget refuses a load: at a steady `loadsPerSecond` each person
 * spends at most `share` of their refill (the rest absorbs timer jitter); over `seconds` of
 * closed-loop load each may also spend their full bucket.
 */
export function peopleFor(budget: CallerBudget, loadsPerSecond: number, options: { seconds?: number; share: number }) {
  const perPerson = options.seconds
    ? (budget.burstLoads + budget.sustainedLoadsPerSecond * options.seconds * options.share) / options.seconds
    : budget.sustainedLoadsPerSecond * options.share;
  return Math.ceil(loadsPerSecond / perPerson);
}
