import { ConfigError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY_LIMITS, loadQueryLimits } from "./limits-config";

describe("query limits configuration", () => {
  it("keeps the documented defaults when nothing is set", () => {
    expect(loadQueryLimits({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(DEFAULT_QUERY_LIMITS).toMatchObject({
      maxTokens: 2000,
      maxDepth: 15,
      maxCost: 14_000,
      budgetCapacity: 60_000,
    });
  });

  it("reads every GATEWAY_* figure", () => {
    expect(
      loadQueryLimits({
        GATEWAY_MAX_TOKENS: "500",
        GATEWAY_MAX_DEPTH: "8",
        GATEWAY_MAX_ALIASES: "0",
        GATEWAY_MAX_DIRECTIVES: "3",
        GATEWAY_MAX_QUERY_COST: "900",
        GATEWAY_COST_BUDGET: "900",
        GATEWAY_COST_REFILL_PER_SECOND: "30",
        GATEWAY_MAX_CONCURRENT_PER_CALLER: "2",
        GATEWAY_MAX_RESPONSE_BYTES: "4096",
        GATEWAY_EXECUTION_TIMEOUT_MS: "100",
      }),
    ).toEqual({
      maxTokens: 500,
      maxDepth: 8,
      maxAliases: 0,
      maxDirectives: 3,
      maxCost: 900,
      budgetCapacity: 900,
      budgetRefillPerSecond: 30,
      maxConcurrentPerCaller: 2,
      maxResponseBytes: 4096,
      executionTimeoutMs: 100,
    });
  });

  it("refuses a query cost above the budget (such a query could never run), and malformed figures", () => {
    expect(loadQueryLimits({ GATEWAY_MAX_QUERY_COST: "60000" }).maxCost).toBe(60_000);
    expect(() => loadQueryLimits({ GATEWAY_MAX_QUERY_COST: "60001" })).toThrow(ConfigError);
    expect(() => loadQueryLimits({ GATEWAY_MAX_DEPTH: "0" })).toThrow(/GATEWAY_MAX_DEPTH/);
    expect(() => loadQueryLimits({ GATEWAY_EXECUTION_TIMEOUT_MS: "99" })).toThrow(/GATEWAY_EXECUTION_TIMEOUT_MS/);
    expect(() => loadQueryLimits({ GATEWAY_COST_BUDGET: "lots" })).toThrow(/GATEWAY_COST_BUDGET/);
  });
});
