import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithRedis } from "../testing/test-redis";
import { openSharedState, type SharedState } from "./shared-state";

/** Two processes' views of one Redis, as two replicas of a subgraph have. */
await describeWithRedis("used ids shared on Redis", (url) => {
  let first: SharedState;
  let second: SharedState;
  beforeAll(async () => {
    [first, second] = await Promise.all([openSharedState(url), openSharedState(url)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });
  const soon = () => Date.now() + 60_000;
  const namespace = `test-${randomUUID()}`;

  it("refuses on one replica an id the other claimed, and keeps kinds of token apart", async () => {
    const id = randomUUID();
    expect(first.usedIds.shared).toBe(true);
    expect(await first.usedIds.namespace(namespace).claim(id, soon())).toBe("claimed");
    expect(await second.usedIds.namespace(namespace).claim(id, soon())).toBe("replayed");
    expect(await first.usedIds.namespace(namespace).claim(id, soon())).toBe("replayed");
    expect(await second.usedIds.namespace(`${namespace}-other`).claim(id, soon())).toBe("claimed");
  });

  it("lets exactly one of many simultaneous claims of one id through", async () => {
    const id = randomUUID();
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).usedIds.namespace(namespace).claim(id, soon())),
    );
    expect(claims.filter((claim) => claim === "claimed")).toHaveLength(1);
    expect(claims.filter((claim) => claim === "replayed")).toHaveLength(19);
  });

  it("forgets an id once its token could no longer verify", async () => {
    const id = randomUUID();
    expect(await first.usedIds.namespace(namespace).claim(id, Date.now() + 150)).toBe("claimed");
    expect(await second.usedIds.namespace(namespace).claim(id, Date.now() + 150)).toBe("replayed");
    expect(await first.redis!.pttl(`dcx:used:${namespace}:${id}`)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await first.redis!.exists(`dcx:used:${namespace}:${id}`)).toBe(0);
  });
});

it("refuses to start on a REDIS_URL where nothing answers, saying which", async () => {
  await expect(openSharedState("redis://127.0.0.1:1")).rejects.toThrow(
    /REDIS_URL: Redis at redis:\/\/127\.0\.0\.1:1.* did not answer/,
  );
});

it("keeps used ids in this process's memory without REDIS_URL", async () => {
  const state = await openSharedState(undefined);
  expect(state.redis).toBeNull();
  expect(state.usedIds.shared).toBe(false);
  const ids = state.usedIds.namespace("gateway:probe");
  expect(await ids.claim("a", Date.now() + 60_000)).toBe("claimed");
  expect(await ids.claim("a", Date.now() + 60_000)).toBe("replayed");
});
