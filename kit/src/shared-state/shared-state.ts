import { Redis } from "ioredis";
import { redisUsedIdStore } from "./redis-used-ids";
import { memoryUsedIdStore, type UsedIdStore } from "./used-ids";

/** What the replicas of a service share: on Redis when `REDIS_URL` is set, else this process's memory. */
export interface SharedState {
  /** The Redis connection, for state a service keeps there itself (e.g. the gateway's cost budgets). */
  redis: Redis | null;
  usedIds: UsedIdStore;
  close(): Promise<void>;
}

/**
 * Connects to `url` (redis://…) and checks it answers, so a service with a wrong REDIS_URL fails at
 * start, not on its first request. A command waits for at most one reconnection before it fails.
 */
export async function openSharedState(
  url: string | undefined,
  onConnectionError: (error: Error) => void = () => {},
): Promise<SharedState> {
  if (!url) return { redis: null, usedIds: memoryUsedIdStore(), close: async () => {} };
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  // Reconnection is automatic; each lost connection is worth a log line, not a crash.
  redis.on("error", onConnectionError);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL: Redis at ${redactedUrl(url)} did not answer (${(error as Error).message})`);
  }
  return {
    redis,
    usedIds: redisUsedIdStore(redis),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The URL without its password, for messages. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}
