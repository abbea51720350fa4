import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LimitsTestGateway, startLimitsTestGateway } from "../testing/limits-test-gateway";

const LIMITS = { maxDepth: 6, maxAliases: 5, maxDirectives: 4, maxTokens: 60 };

/** `{ item { child { … { id } } } }` nesting exactly `depth` levels of fields. */
const nested = (depth: number) => `{ item { ${"child { ".repeat(depth - 2)}id ${"} ".repeat(depth - 1)}}`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: item { id }`).join(" ")} }`;
const directives = (count: number) => `{ item { ${"id @skip(if: false) ".repeat(count)}} }`;
/** `{ item { id … } }`: 5 tokens around `count` ids. */
const tokens = (count: number) => `{ item { ${"id ".repeat(count - 5)}} }`;

describe("document limits at the gateway, before planning", () => {
  let test: LimitsTestGateway;
  beforeAll(async () => {
    test = await startLimitsTestGateway(LIMITS);
  });
  afterAll(() => test?.close());

  const refusal = async (query: string) => {
    const before = test.probe.requests();
    const response = await test.post(query);
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: object }[] };
    // Refused before the query planner: no subgraph heard of it.
    expect(test.probe.requests()).toBe(before);
    expect(body.data).toBeUndefined();
    return { status: response.status, error: body.errors?.[0] };
  };
  const passes = async (query: string) => {
    const result = await test.query(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  };

  it("allows a depth of exactly the limit and refuses one level more", async () => {
    await passes(nested(LIMITS.maxDepth));
    const { status, error } = await refusal(nested(LIMITS.maxDepth + 1));
    expect(status).toBe(400);
    expect(error).toMatchObject({
      message: "A query may have at most 6 levels of nesting (this one has 7)",
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "depth", maximum: 6, found: 7 },
    });
  });

  it("counts depth through fragments as the fields they hold", async () => {
    const viaFragment = `{ item { ...deep } } fragment deep on Item { child { child { child { child { id } } } } }`;
    await passes(viaFragment);
    const tooDeep = `{ item { ...deep } } fragment deep on Item { child { child { child { child { child { id } } } } } }`;
    expect((await refusal(tooDeep)).error?.extensions).toMatchObject({ limit: "depth", found: 7 });
  });

  it("allows exactly the aliases limit and refuses one more", async () => {
    await passes(aliased(LIMITS.maxAliases));
    const { error } = await refusal(aliased(LIMITS.maxAliases + 1));
    expect(error?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "aliases", maximum: 5, found: 6 });
  });

  it("allows exactly the directives limit and refuses one more", async () => {
    await passes(directives(LIMITS.maxDirectives));
    const { error } = await refusal(directives(LIMITS.maxDirectives + 1));
    expect(error?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "directives", maximum: 4, found: 5 });
  });

  it("parses exactly the token limit and stops at one token more", async () => {
    await passes(tokens(LIMITS.maxTokens));
    const { status, error } = await refusal(tokens(LIMITS.maxTokens + 1));
    expect(status).toBe(400);
    expect(error).toEqual({
      message: "A query may have at most 60 tokens",
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maximum: 60 },
    });
  });
});
