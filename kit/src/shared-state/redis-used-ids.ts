import type { Redis } from "ioredis";
import type { UsedIdStore } from "./used-ids";

/**
 * Used ids on Redis: `SET key 1 PX <ms left> NX` claims an id atomically for every replica at once,
 * and Redis forgets it when the token could no longer verify anyway. A Redis error refuses the
 * request (the caller sees it fail; a replay is never let through because the store was away).
 */
export function redisUsedIdStore(redis: Redis, now: () => number = Date.now): UsedIdStore {
  return {
    shared: true,
    namespace(name) {
      return {
        async claim(id, expiresAtMs) {
          const ttlMs = Math.max(1, Math.ceil(expiresAtMs - now()));
          const set = await redis.set(`dcx:used:${name}:${id}`, "1", "PX", ttlMs, "NX");
          return set === "OK" ? "claimed" : "replayed";
        },
      };
    },
  };
}
