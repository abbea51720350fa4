import { randomUUID } from "node:crypto";
import { openSharedState, type SharedState } from "@dcx/kit";
import { describeWithRedis } from "@dcx/kit/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SharedCostBudget } from "./shared-cost-budget";

/** Two gateway replicas, each with its own Redis connection: one budget per caller between them. */
await describeWithRedis("a caller's cost budget shared by two gateways on Redis", (url) => {
  let first: SharedState;
  let second: SharedState;
  beforeAll(async () => {
    [first, second] = await Promise.all([openSharedState(url), openSharedState(url)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });
  // 100 to spend, refilled at 1 a second: nothing a test takes comes back within its run.
  const budgets = () => [new SharedCostBudget(first.redis!, 100, 1), new SharedCostBudget(second.redis!, 100, 1)];

  it("refuses on one gateway what the caller already spent on the other, saying when to retry", async () => {
    const [a, b] = budgets();
    const caller = `user:${randomUUID()}`;
    expect(await a!.spend(caller, 60)).toEqual({ ok: true });
    const refused = await b!.spend(caller, 60);
    expect(refused.ok).toBe(false);
    // 40 left of the 60 asked: 20 more at 1 a second.
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(b!.earlyRetry(caller)).toMatchObject({ ok: false });
    // Either side of what is left, 40 (read at a refill too slow to add a token while the test runs).
    const still = new SharedCostBudget(first.redis!, 100, 0.001);
    expect((await still.spend(caller, 41)).ok).toBe(false);
    expect(await still.spend(caller, 40)).toEqual({ ok: true });
    // Another caller's budget is untouched.
    expect(await b!.spend(`user:${randomUUID()}`, 100)).toEqual({ ok: true });
  });

  it("lets simultaneous spends through two gateways take the budget once, never twice", async () => {
    const [a, b] = budgets();
    const caller = `user:${randomUUID()}`;
    const spends = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a! : b!).spend(caller, 10)));
    expect(spends.filter((spend) => spend.ok)).toHaveLength(10);
  });

  it("forgets a bucket once it would be full again", async () => {
    const caller = `user:${randomUUID()}`;
    await new SharedCostBudget(first.redis!, 10, 100).spend(caller, 5);
    const ttl = await first.redis!.pttl(`dcx:budget:${caller}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(100);
  });
});
