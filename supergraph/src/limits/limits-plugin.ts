import type { ApolloServerPlugin } from "@apollo/server";
import type { ConcurrencyLimit } from "./concurrency-limit";
import type { CallerBudget } from "./shared-cost-budget";
import type { CostRules } from "./cost-rules";
import type { CostSchema } from "./cost-schema";
import { checkDocumentLimits } from "./document-limits";
import type { ExecutionSlots } from "./limited-gateway";
import { queryTooComplex, rateLimited } from "./limit-errors";
import type { QueryLimits } from "./limits-config";
import { operationCost } from "./query-cost";

/** The part of the request context the limits read: whose budget and slots to use. */
export interface LimitedContext {
  limitKey: string;
}

interface Slot {
  release: () => void;
  executing: boolean;
}

/**
 * Runs once the operation is known and before the gateway plans it: depth, aliases and
 * directives, then the cost against the per-operation limit, then the caller's concurrency slot
 * and cost budget. Anything refused costs the subgraphs nothing.
 */
export function createLimitsPlugin(parts: {
  limits: QueryLimits;
  costSchema: CostSchema;
  rules: CostRules;
  budget: CallerBudget;
  concurrency: ConcurrencyLimit;
}): { plugin: ApolloServerPlugin<LimitedContext>; slots: ExecutionSlots } {
  const { limits, costSchema, rules, budget, concurrency } = parts;
  const slots = new WeakMap<object, Slot>();

  const plugin: ApolloServerPlugin<LimitedContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          checkDocumentLimits(schema, document, limits);
          const cost = operationCost(costSchema, rules, document, operation, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw queryTooComplex(
              "cost",
              limits.maxCost,
              cost,
              `This query would cost ${cost}; at most ${limits.maxCost} is allowed: ask for fewer items, a smaller page or window`,
            );
          }
          const release = concurrency.acquire(contextValue.limitKey, cost);
          if (!release) {
            throw rateLimited(
              `At most ${limits.maxConcurrentPerCaller} operations, together costing at most ${limits.maxCost}, may run at once per caller`,
              1,
            );
          }
          const spent = await budget.spend(contextValue.limitKey, cost);
          if (!spent.ok) {
            release();
            throw rateLimited(
              `This query costs ${cost} and the caller's budget is spent; retry in ${spent.retryAfterSeconds} s`,
              spent.retryAfterSeconds,
            );
          }
          slots.set(contextValue, { release, executing: false });
        },
        async willSendResponse({ contextValue }) {
          // Once execution has started, the slot is given back when the work settles instead.
          const slot = slots.get(contextValue);
          if (slot && !slot.executing) slot.release();
        },
      };
    },
  };

  return {
    plugin,
    slots: {
      executionStarted(context) {
        const slot = slots.get(context);
        if (!slot) return () => undefined;
        slot.executing = true;
        return slot.release;
      },
    },
  };
}
