import { ConfigError, parseEnv } from "@dcx/kit";
import { z } from "zod";

/** What one caller may ask of the gateway. Every figure is documented in the supergraph README. */
export interface QueryLimits {
  /** Lexical tokens in one document; the parser stops counting past it. */
  maxTokens: number;
  /** Nesting of fields (fragments flattened). */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** The cost one operation may have (see `query-cost.ts`). */
  maxCost: number;
  /** Each caller's bucket of cost: its size, and how much flows back each second. */
  budgetCapacity: number;
  budgetRefillPerSecond: number;
  /** Operations one caller may have in flight at once. */
  maxConcurrentPerCaller: number;
  /** A response body larger than this becomes one RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** How long an operation may run at the gateway before QUERY_TIMEOUT answers it. */
  executionTimeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 2000,
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 14_000,
  budgetCapacity: 60_000,
  budgetRefillPerSecond: 2_000,
  maxConcurrentPerCaller: 6,
  maxResponseBytes: 8 * 1024 * 1024,
  executionTimeoutMs: 30_000,
};

const figure = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

/** Reads the `GATEWAY_*` limit variables; anything unset keeps its documented default. */
export function loadQueryLimits(env: Record<string, string | undefined> = process.env): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  const parsed = parseEnv(
    {
      GATEWAY_MAX_TOKENS: figure(d.maxTokens),
      GATEWAY_MAX_DEPTH: figure(d.maxDepth),
      GATEWAY_MAX_ALIASES: figure(d.maxAliases, 0),
      GATEWAY_MAX_DIRECTIVES: figure(d.maxDirectives, 0),
      GATEWAY_MAX_QUERY_COST: figure(d.maxCost),
      GATEWAY_COST_BUDGET: figure(d.budgetCapacity),
      GATEWAY_COST_REFILL_PER_SECOND: figure(d.budgetRefillPerSecond),
      GATEWAY_MAX_CONCURRENT_PER_CALLER: figure(d.maxConcurrentPerCaller),
      GATEWAY_MAX_RESPONSE_BYTES: figure(d.maxResponseBytes),
      GATEWAY_EXECUTION_TIMEOUT_MS: figure(d.executionTimeoutMs, 100),
    },
    env,
  );
  const limits: QueryLimits = {
    maxTokens: parsed.GATEWAY_MAX_TOKENS,
    maxDepth: parsed.GATEWAY_MAX_DEPTH,
    maxAliases: parsed.GATEWAY_MAX_ALIASES,
    maxDirectives: parsed.GATEWAY_MAX_DIRECTIVES,
    maxCost: parsed.GATEWAY_MAX_QUERY_COST,
    budgetCapacity: parsed.GATEWAY_COST_BUDGET,
    budgetRefillPerSecond: parsed.GATEWAY_COST_REFILL_PER_SECOND,
    maxConcurrentPerCaller: parsed.GATEWAY_MAX_CONCURRENT_PER_CALLER,
    maxResponseBytes: parsed.GATEWAY_MAX_RESPONSE_BYTES,
    executionTimeoutMs: parsed.GATEWAY_EXECUTION_TIMEOUT_MS,
  };
  // A query the per-query limit allows must always fit an unused budget, or it could never run.
  if (limits.maxCost > limits.budgetCapacity) {
    throw new ConfigError([
      `GATEWAY_MAX_QUERY_COST (${limits.maxCost}) must not exceed GATEWAY_COST_BUDGET (${limits.budgetCapacity})`,
    ]);
  }
  return limits;
}
