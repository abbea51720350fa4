import { describe, expect, it } from "vitest";
import { ConcurrencyLimit } from "./concurrency-limit";
import { CostBudget } from "./cost-budget";

describe("each caller's cost budget", () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it("spends exactly the capacity, refuses one more, and names the wait", () => {
    const time = clock();
    const budget = new CostBudget(100, 10, time.now);
    expect(budget.spend("key:a", 100)).toEqual({ ok: true });
    expect(budget.spend("key:a", 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(budget.spend("key:a", 35)).toEqual({ ok: false, retryAfterSeconds: 4 });
    time.advance(3_400);
    expect(budget.spend("key:a", 35)).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(100);
    expect(budget.spend("key:a", 35)).toEqual({ ok: true });
    expect(budget.available("key:a")).toBe(0);
  });

  it("recognises a refused caller asking again before the time it was told, and only until then", () => {
    const time = clock();
    const budget = new CostBudget(100, 10, time.now);
    expect(budget.earlyRetry("key:a")).toBeNull();
    budget.spend("key:a", 100);
    expect(budget.spend("key:a", 35)).toEqual({ ok: false, retryAfterSeconds: 4 });
    time.advance(1_500);
    expect(budget.earlyRetry("key:a")).toEqual({ ok: false, retryAfterSeconds: 3 });
    expect(budget.earlyRetry("key:b")).toBeNull();
    time.advance(2_499);
    expect(budget.earlyRetry("key:a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(1);
    expect(budget.earlyRetry("key:a")).toBeNull();
    // A successful spend forgets an earlier refusal at once.
    budget.spend("key:b", 100);
    budget.spend("key:b", 50);
    time.advance(5_000);
    expect(budget.spend("key:b", 10)).toEqual({ ok: true });
    expect(budget.earlyRetry("key:b")).toBeNull();
  });

  it("refills no further than the capacity", () => {
    const time = clock();
    const budget = new CostBudget(100, 10, time.now);
    budget.spend("key:a", 60);
    time.advance(3_600_000);
    expect(budget.available("key:a")).toBe(100);
    expect(budget.spend("key:a", 101)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("keeps callers apart: one caller's spending leaves another's budget whole", () => {
    const budget = new CostBudget(100, 10, clock().now);
    budget.spend("api_key:tenant-a", 100);
    expect(budget.spend("api_key:tenant-a", 1).ok).toBe(false);
    expect(budget.available("api_key:tenant-b")).toBe(100);
    expect(budget.spend("api_key:tenant-b", 100)).toEqual({ ok: true });
  });
});

describe("operations in flight per caller", () => {
  it("gives exactly the limit of slots, refuses one more, and takes each slot back once", () => {
    const limit = new ConcurrencyLimit(2);
    const first = limit.acquire("user:a")!;
    const second = limit.acquire("user:a")!;
    expect(limit.acquire("user:a")).toBeNull();
    expect(limit.acquire("user:b")).not.toBeNull();
    first();
    first();
    expect(limit.count("user:a")).toBe(1);
    expect(limit.acquire("user:a")).not.toBeNull();
    expect(limit.acquire("user:a")).toBeNull();
    second();
    expect(limit.count("user:a")).toBe(1);
  });

  it("lets operations in flight together cost exactly the limit, refuses one unit more, and always one alone", () => {
    const limit = new ConcurrencyLimit(6, 100);
    const heavy = limit.acquire("user:a", 60)!;
    const light = limit.acquire("user:a", 40)!;
    expect(limit.acquire("user:a", 1)).toBeNull();
    expect(limit.acquire("user:b", 100)).not.toBeNull();
    light();
    expect(limit.acquire("user:a", 41)).toBeNull();
    expect(limit.acquire("user:a", 40)).not.toBeNull();
    heavy();
    const alone = new ConcurrencyLimit(6, 100);
    expect(alone.acquire("user:c", 250)).not.toBeNull();
    expect(alone.acquire("user:c", 0)).toBeNull();
  });
});
