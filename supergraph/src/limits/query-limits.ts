import type { ApolloGateway } from "@apollo/gateway";
import type { Clock } from "@dcx/kit";
import { ConcurrencyLimit } from "./concurrency-limit";
import type { Redis } from "ioredis";
import { CostBudget } from "./cost-budget";
import { type CallerBudget, SharedCostBudget } from "./shared-cost-budget";
import { type CostRules, DCX_COST_RULES } from "./cost-rules";
import { buildCostSchema } from "./cost-schema";
import { withExecutionTimeout } from "./limited-gateway";
import { createLimitsPlugin } from "./limits-plugin";
import type { QueryLimits } from "./limits-config";
import { rateLimited } from "./limit-errors";
import { cappedStringify } from "./response-size";

/**
 * Everything the gateway's Apollo Server needs to enforce `limits`: the token cap for the parser,
 * the plugin that checks each operation before planning, the execution time bound around the
 * gateway, and the response-size cap.
 */
export function createQueryLimits(
  limits: QueryLimits,
  supergraphSdl: string,
  options: {
    rules?: CostRules;
    clock?: Clock;
    log?: (entry: Record<string, unknown>) => void;
    /** Shares each caller's budget with the other gateway replicas; without it, this gateway's own. */
    redis?: Redis | null;
  } = {},
) {
  const clock = options.clock;
  const now = clock && (() => clock().getTime());
  const budget: CallerBudget = options.redis
    ? new SharedCostBudget(options.redis, limits.budgetCapacity, limits.budgetRefillPerSecond, now)
    : new CostBudget(limits.budgetCapacity, limits.budgetRefillPerSecond, now);
  const concurrency = new ConcurrencyLimit(limits.maxConcurrentPerCaller, limits.maxCost);
  const { plugin, slots } = createLimitsPlugin({
    limits,
    costSchema: buildCostSchema(supergraphSdl),
    rules: options.rules ?? DCX_COST_RULES,
    budget,
    concurrency,
  });
  return {
    plugin,
    parseOptions: { maxTokens: limits.maxTokens },
    stringifyResult: cappedStringify(limits.maxResponseBytes, options.log),
    bound: (gateway: ApolloGateway) => withExecutionTimeout(gateway, limits.executionTimeoutMs, slots),
    budget,
    concurrency,
    /**
     * Throws `RATE_LIMITED` for a caller who was refused for its budget and asks again before the
     * time it was told: checked before the request is even parsed.
     */
    refuseEarlyRetry(limitKey: string): void {
      const refusal = budget.earlyRetry(limitKey);
      if (refusal && !refusal.ok) {
        throw rateLimited(
          `The caller's budget is spent; retry in ${refusal.retryAfterSeconds} s as told`,
          refusal.retryAfterSeconds,
        );
      }
    },
  };
}
