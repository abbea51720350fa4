import { Redis } from "ioredis";
import { describe, it } from "vitest";

/**
 * The Redis tests use: `TEST_REDIS_URL`, else the local server on 127.0.0.1:6379. Without one
 * answering they are skipped with the reason, except in CI (CI=true), where that is a failure.
 */
export const testRedisUrl = (): string => process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** `suite` runs when Redis answers at `testRedisUrl()`; otherwise see above. */
export async function describeWithRedis(name: string, suite: (url: string) => void): Promise<void> {
  const url = testRedisUrl();
  const why = await unreachable(url);
  if (!why) {
    describe(name, () => suite(url));
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("has Redis in CI", () => {
        throw new Error(`Redis at ${url} did not answer (${why}); CI must run the shared-state tests`);
      });
    });
  } else {
    console.warn(`${name} skipped: Redis at ${url} did not answer (${why}); set TEST_REDIS_URL`);
    describe.skip(`${name} (skipped: no Redis at ${url})`, () => {
      it("runs when Redis answers", () => undefined);
    });
  }
}

async function unreachable(url: string): Promise<string | null> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    redis.disconnect();
  }
}
