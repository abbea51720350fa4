import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LimitsTestGateway, startLimitsTestGateway } from "../testing/limits-test-gateway";

const LIMITS = {
  maxCost: 500,
  budgetCapacity: 1000,
  budgetRefillPerSecond: 100,
  maxConcurrentPerCaller: 2,
  maxResponseBytes: 20_000,
  executionTimeoutMs: 20_000,
};
/** `items(first: n) { id }` costs 1 for the list plus 1 per item. */
const items = (first: number) => `{ items(first: ${first}) { id } }`;
const slow = (ms: number) => `{ slow(ms: ${ms}) }`;

describe("per-query cost, per-caller budget and concurrency, response size, execution time", () => {
  let test: LimitsTestGateway;
  beforeAll(async () => {
    test = await startLimitsTestGateway(LIMITS, { TRUST_PROXY: "loopback" });
  });
  afterAll(() => test?.close());

  it("allows a query costing exactly the limit and refuses one costing one more, before planning", async () => {
    const tenant = test.tenant("cost");
    const atLimit = await test.query(items(499), {}, tenant);
    expect(atLimit.errors).toBeUndefined();
    expect((atLimit.data as { items: unknown[] }).items).toHaveLength(499);

    const before = test.probe.requests();
    const over = await test.post(items(500), {}, tenant);
    expect(over.status).toBe(400);
    expect(((await over.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ extensions: { code: "QUERY_TOO_COMPLEX", limit: "cost", maximum: 500, found: 501 } }),
    ]);
    expect(test.probe.requests()).toBe(before);
  });

  it("prices a page-size variable as it is sent", async () => {
    const query = `query($n: Int) { items(first: $n) { id } }`;
    const tenant = test.tenant("variables");
    expect((await test.query(query, { n: 499 }, tenant)).errors).toBeUndefined();
    const over = await test.query(query, { n: 500 }, tenant);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", found: 501 });
  });

  it("refuses a caller over its budget with RATE_LIMITED, then serves it after retryAfterSeconds", async () => {
    const tenant = test.tenant("spender");
    for (let i = 0; i < 2; i += 1) expect((await test.query(items(499), {}, tenant)).errors).toBeUndefined();

    const refused = await test.post(items(499), {}, tenant);
    expect(refused.status).toBe(429);
    const { errors } = (await refused.json()) as { errors: { extensions: { retryAfterSeconds: number } }[] };
    // 500 needed at 100 a second, less what flowed back while the first two ran.
    const { retryAfterSeconds } = errors[0]!.extensions;
    expect(errors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(3);
    expect(retryAfterSeconds).toBeLessThanOrEqual(5);
    expect(refused.headers.get("retry-after")).toBe(String(retryAfterSeconds));

    // Another tenant's budget is its own, at the very moment the first is refused.
    expect((await test.query(items(499), {}, test.tenant("bystander"))).errors).toBeUndefined();

    // Asking again before the time it was told — even for something cheap, even for something that
    // would not parse — is refused before the request is looked at.
    const early = await test.post("{ items(first: 1) { id } } not graphql", {}, tenant);
    expect(early.status).toBe(429);
    const earlyErrors = ((await early.json()) as { errors: { extensions: { retryAfterSeconds: number } }[] }).errors;
    expect(earlyErrors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(earlyErrors[0]!.extensions.retryAfterSeconds).toBeLessThanOrEqual(retryAfterSeconds);

    await sleep(retryAfterSeconds * 1000);
    expect((await test.query(items(499), {}, tenant)).errors).toBeUndefined();
  });

  it("keeps a budget per client address before sign-in", async () => {
    const from = (address: string) => ({ "x-forwarded-for": address });
    for (let i = 0; i < 2; i += 1) await test.query(items(499), {}, from("203.0.113.10"));
    expect((await test.query(items(499), {}, from("203.0.113.10"))).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect((await test.query(items(499), {}, from("203.0.113.11"))).errors).toBeUndefined();
  });

  /** Resolves once the probe subgraph has received `count` more requests than `before`. */
  const probeReceived = async (before: number, count: number) => {
    while (test.probe.requests() < before + count) await sleep(20);
  };

  it("lets a caller run exactly its concurrency limit at once, refuses one more, and not another tenant", async () => {
    const tenant = test.tenant("parallel");
    await test.query(slow(1), {}, tenant); // the caller is known: the next requests start at once
    const before = test.probe.requests();
    const running = [test.query(slow(1500), {}, tenant), test.query(slow(1500), {}, tenant)];
    await probeReceived(before, 2);
    const third = await test.query(slow(10), {}, tenant);
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 1 });
    expect((await test.query(slow(10), {}, test.tenant("neighbour"))).errors).toBeUndefined();
    for (const result of await Promise.all(running)) expect(result.data).toEqual({ slow: "done" });
    expect((await test.query(slow(10), {}, tenant)).errors).toBeUndefined();
  });

  it("answers QUERY_TIMEOUT past the execution time, holding the caller's slot until the subgraph is done", async () => {
    const timed = await startLimitsTestGateway({ ...LIMITS, executionTimeoutMs: 1000 });
    try {
      const tenant = timed.tenant("patient");
      await timed.query(slow(1), {}, tenant);
      const before = timed.probe.requests();
      const started = Date.now();
      const timedOut = await Promise.all([timed.query(slow(4000), {}, tenant), timed.query(slow(4000), {}, tenant)]);
      expect(timed.probe.requests()).toBe(before + 2);
      expect(Date.now() - started).toBeLessThan(3500);
      for (const result of timedOut) {
        expect(result.errors).toEqual([
          {
            message: "The operation did not finish within 1000 ms",
            extensions: { code: "QUERY_TIMEOUT", timeoutMs: 1000 },
          },
        ]);
      }
      // The subgraph is still working on both: the caller's two slots are still taken.
      expect((await timed.query(slow(10), {}, tenant)).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      await sleep(4000 - (Date.now() - started) + 500);
      expect((await timed.query(slow(10), {}, tenant)).errors).toBeUndefined();
    } finally {
      await timed.close();
    }
  });

  it("sends a response of exactly the size cap and replaces one byte more by RESPONSE_TOO_LARGE", async () => {
    const tenant = test.tenant("reader");
    // {"data":{"text":"…"}} and a newline: 21 bytes around the text.
    const atCap = await test.post(`{ text(bytes: ${20_000 - 21}) }`, {}, tenant);
    expect(Buffer.byteLength(await atCap.text())).toBe(20_000);

    const over = await test.post(`{ text(bytes: ${20_000 - 20}) }`, {}, tenant);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: "The response would exceed 20000 bytes; ask for fewer items or a smaller window",
          extensions: { code: "RESPONSE_TOO_LARGE", maximumBytes: 20_000 },
        },
      ],
    });
  });
});
