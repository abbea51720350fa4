import { systemClock } from "@dcx/kit";
import { RefusedCallers } from "./refused-callers";
import type { CallerBudget } from "./shared-cost-budget";

/** Epoch milliseconds: refill is arithmetic on them, so the bucket reads the clock in that unit. */
export type MillisecondClock = () => number;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type Spend = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Each caller's bucket of query cost: full at `capacity`, refilled at `refillPerSecond`, spent by
 * every operation's cost before it is planned. Callers never share a bucket, so one tenant's
 * heavy queries cannot use up another's. Full buckets are forgotten, which keeps memory to the
 * callers active in the last `capacity / refillPerSecond` seconds.
 *
 * A refused caller is told when to retry; `earlyRetry` recognises a request that comes sooner,
 * so the gateway can refuse it before parsing, costing, or anything else a retry storm would
 * otherwise take from the other tenants.
 */
export class CostBudget implements CallerBudget {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refused: RefusedCallers;

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    private readonly now: MillisecondClock = () => systemClock().getTime(),
  ) {
    this.refused = new RefusedCallers(now);
  }

  spend(caller: string, cost: number): Spend {
    const at = this.now();
    const tokens = this.available(caller, at);
    if (cost > tokens) {
      const retryAfterSeconds = Math.max(1, Math.ceil((cost - tokens) / this.refillPerSecond));
      this.refused.told(caller, retryAfterSeconds);
      return { ok: false, retryAfterSeconds };
    }
    this.refused.served(caller);
    this.buckets.set(caller, { tokens: tokens - cost, updatedAt: at });
    this.forgetFullBuckets(at);
    return { ok: true };
  }

  /** A refusal if `caller` was refused and asks again before the time it was told; else null. */
  earlyRetry(caller: string): Spend | null {
    return this.refused.earlyRetry(caller);
  }

  /** What `caller` could spend now. */
  available(caller: string, at = this.now()): number {
    const bucket = this.buckets.get(caller);
    if (!bucket) return this.capacity;
    return Math.min(this.capacity, bucket.tokens + ((at - bucket.updatedAt) / 1000) * this.refillPerSecond);
  }

  private lastSweep = 0;
  private forgetFullBuckets(at: number) {
    const fullAfterMs = (this.capacity / this.refillPerSecond) * 1000;
    if (at - this.lastSweep < fullAfterMs) return;
    this.lastSweep = at;
    for (const [caller, bucket] of this.buckets) {
      if (at - bucket.updatedAt >= fullAfterMs) this.buckets.delete(caller);
    }
    this.refused.sweep();
  }
}
