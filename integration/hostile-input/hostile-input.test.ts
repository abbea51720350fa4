import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPublicSchema } from "../isolation/schema-coverage";
import { type SignedIn, startTestPlatform, type TestPlatform } from "../platform";
import { BASELINES, type BaselineWorld, prepareWorld } from "./baselines";
import { changedTables, fingerprint } from "./database-fingerprint";
import { HOSTILE_VALUES, LEAK, MULTI_LINE_INPUTS } from "./hostile-values";
import { KNOWN_GAPS } from "./known-gaps";
import { leafName, type MutationShape, mutationShapes, operationFor } from "./mutation-arguments";
import { classify, hostileBody, inBatches, type Outcome } from "./send-hostile";

let platform: TestPlatform;
let staff: SignedIn;
let schema: GraphQLSchema;
let shapes: MutationShape[];
let prepared: BaselineWorld;
let sequence = 0;

// Starting five subgraphs, seeding the demo and signing in takes most of this file's time.
beforeAll(async () => {
  const started = Date.now();
  platform = await startTestPlatform();
  staff = await platform.provider();
  schema = await fetchPublicSchema(platform.gateway.graphqlUrl, staff.headers);
  shapes = mutationShapes(schema);
  prepared = await prepareWorld(platform.seed.organizations, (query, variables) =>
    platform.query(query, variables, staff),
  );
  console.log(`platform ready in ${Date.now() - started} ms`);
}, 1_200_000);
afterAll(() => platform?.close());

/**
 * Each request from its own address (RFC 2544's benchmark range): per-client limits stay out of
 * the way. A connection the gateway drops is retried once (an idle keep-alive socket can close
 * under a request on a busy machine); dropped twice, it is an outcome of its own.
 */
async function post(body: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    sequence += 1;
    try {
      const response = await fetch(platform.gateway.graphqlUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...staff.headers,
          "x-forwarded-for": `198.18.${Math.floor(sequence / 250) % 250}.${1 + (sequence % 250)}`,
        },
        body,
      });
      return await response.text();
    } catch (error) {
      if (attempt >= 2) return `connection dropped: ${String((error as Error).cause ?? error)}`;
    }
  }
}

const databases = () => platform.dbs as unknown as Parameters<typeof fingerprint>[0];
const world = () => prepared;

describe("hostile input to every mutation argument", () => {
  it("has a valid baseline for every mutation in the public schema", () => {
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.map((shape) => shape.name).filter((name) => !BASELINES[name])).toEqual([]);
  });

  it("is refused as BAD_USER_INPUT (or a GraphQL validation error) naming the input, leaks nothing, writes nothing", async () => {
    const started = Date.now();
    const failures = new Map<string, string[]>();
    const counts = new Map<Outcome, number>();
    let sent = 0;
    let leaves = 0;
    // A mutation without a baseline fails the test above; the rest are still probed.
    for (const shape of shapes.filter((candidate) => BASELINES[candidate.name])) {
      const baseline = BASELINES[shape.name]!(world());
      const before = await fingerprint(databases());
      const cases = shape.leaves.flatMap((leaf) => {
        const multiLine = MULTI_LINE_INPUTS.includes(`${shape.name}.${leafName(leaf)}`);
        return HOSTILE_VALUES.filter((value) => (!leaf.isText || value.text) && !(multiLine && value.lineBreak)).map(
          (value) => ({ leaf, value }),
        );
      });
      leaves += shape.leaves.length;
      const outcomes = await inBatches(cases, 8, async ({ leaf, value }) => {
        const outcome = classify(await post(hostileBody(shape, baseline, leaf, value)), leaf);
        return { leaf, value, outcome };
      });
      sent += outcomes.length;
      for (const { leaf, value, outcome } of outcomes) {
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        if (outcome === "refused") continue;
        const key = `${shape.name}.${leafName(leaf)}`;
        failures.set(key, [...(failures.get(key) ?? []), `${value.label}: ${outcome}`]);
      }
      const changed = changedTables(before, await fingerprint(databases()));
      if (changed.length > 0) failures.set(shape.name, [`wrote to ${changed.join(", ")}`]);
    }

    console.log(
      `hostile input: ${shapes.length} mutations, ${leaves} inputs, ${HOSTILE_VALUES.length} hostile values ` +
        `(${HOSTILE_VALUES.filter((v) => v.text).length} for text) → ${sent} requests in ${Date.now() - started} ms\n` +
        [...counts].map(([outcome, count]) => `  ${outcome}: ${count}`).join("\n"),
    );
    const known = [...failures].filter(([key]) => KNOWN_GAPS[key]);
    if (known.length > 0) {
      console.log(`known gaps:\n${known.map(([key, why]) => `  ${key} — ${why.join("; ")}`).join("\n")}`);
    }
    const unexpected = Object.fromEntries([...failures].filter(([key]) => !KNOWN_GAPS[key]));
    expect(unexpected).toEqual({});
    // A gap that no longer fails must leave the list.
    expect(Object.keys(KNOWN_GAPS).filter((key) => !failures.has(key))).toEqual([]);
  }, 180_000);

  it("accepts every baseline as valid input: the refusals above were the hostile values' doing", async () => {
    const before = await fingerprint(databases());
    const invalid: Record<string, unknown> = {};
    for (const shape of shapes.filter((candidate) => BASELINES[candidate.name])) {
      const body = JSON.stringify({ query: operationFor(shape), variables: BASELINES[shape.name]!(world()) });
      const text = await post(body);
      expect(text).not.toMatch(LEAK);
      const errors = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
      const refused = errors.filter((e) =>
        ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"].includes(e.extensions?.code ?? ""),
      );
      if (refused.length > 0) invalid[shape.name] = refused;
    }
    expect(invalid).toEqual({});
    // The fingerprint sees a rightful write: the checks above could have caught one.
    expect(changedTables(before, await fingerprint(databases()))).toEqual(
      expect.arrayContaining(["tenancy.api_keys", "tenancy.organizations", "catalog.products"]),
    );
  }, 120_000);
});
