import type { Redis } from "ioredis";
import type { Spend } from "./cost-budget";
import { RefusedCallers } from "./refused-callers";

/**
 * A token bucket per caller in one Redis hash (`t` tokens, `u` updated at, in Redis's own
 * milliseconds so replicas' clocks never disagree): refilled, checked and spent in one script, so
 * two gateways spending for the same caller at once cannot both take the last tokens. The key
 * expires once the bucket would be full again. Tokens come back as a string: Lua numbers returned
 * to Redis are cut to integers.
 */
const SPEND_SCRIPT = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local saved = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens = capacity
if saved[1] then
  tokens = math.min(capacity, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) * per_ms)
end
if cost > tokens then return {0, tostring(tokens)} end
redis.call('HSET', KEYS[1], 't', tostring(tokens - cost), 'u', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms))
return {1, tostring(tokens - cost)}
`;

/** What the limits need of a budget: `CostBudget` (one gateway) or `SharedCostBudget` (all of them). */
export interface CallerBudget {
  readonly capacity: number;
  readonly refillPerSecond: number;
  spend(caller: string, cost: number): Spend | Promise<Spend>;
  earlyRetry(caller: string): Spend | null;
}

/**
 * Each caller's budget kept on Redis, shared by every gateway replica: a caller spread over N
 * gateways still gets one budget, not N. Refusals are remembered by the replica that gave them,
 * so an early retry there is refused without asking Redis (elsewhere Redis refuses it anyway).
 */
export class SharedCostBudget implements CallerBudget {
  private readonly refused: RefusedCallers;

  constructor(
    private readonly redis: Redis,
    readonly capacity: number,
    readonly refillPerSecond: number,
    now: () => number = Date.now,
  ) {
    this.refused = new RefusedCallers(now);
  }

  async spend(caller: string, cost: number): Promise<Spend> {
    const [ok, left] = (await this.redis.eval(
      SPEND_SCRIPT,
      1,
      `dcx:budget:${caller}`,
      this.capacity,
      this.refillPerSecond / 1000,
      cost,
    )) as [number, string];
    if (ok === 1) {
      this.refused.served(caller);
      return { ok: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((cost - Number(left)) / this.refillPerSecond));
    this.refused.told(caller, retryAfterSeconds);
    return { ok: false, retryAfterSeconds };
  }

  earlyRetry(caller: string): Spend | null {
    return this.refused.earlyRetry(caller);
  }
}
