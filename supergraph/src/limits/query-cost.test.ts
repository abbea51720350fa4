import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { DCX_COST_RULES } from "./cost-rules";
import { buildCostSchema } from "./cost-schema";
import { operationCost } from "./query-cost";

const schema = buildCostSchema(readFileSync(path.join(repoRoot, "schema", "supergraph.graphql"), "utf8"));
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, DCX_COST_RULES, document, getOperationAST(document)!, variables);
};
const org = (selection: string) => `{ organization(id: "o") { ${selection} } }`;

describe("the cost model, on the composed schema", () => {
  it("costs 1 per object and nothing per leaf", () => {
    expect(cost(org("id name kind"))).toBe(1);
    expect(cost(org("parent { name }"))).toBe(2);
  });

  it("scales a list by its assumed size and adds a hop per parent when another subgraph resolves it", () => {
    // organization (tenancy) 1; children (tenancy, no page argument): list 1 + 50 organisations.
    expect(cost(org("children { id name }"))).toBe(1 + 1 + 50);
    // Each child's wallet is a hop to the wallet subgraph: 50 × (5 + 1).
    expect(cost(org("children { wallet { id } }"))).toBe(52 + 50 * 6);
  });

  it("prices Organization.vms by its first argument (50 by default), down its edges", () => {
    // organization 1; vms (vms subgraph): hop 5 + connection 1; edges 1 + n; n nodes.
    const page = (n: number) => 1 + 6 + (1 + n) + n;
    expect(cost(org("vms { edges { node { id name } } }"))).toBe(page(50));
    expect(cost(org("vms(first: 200) { edges { node { id } } }"))).toBe(page(200));
    expect(cost(org('vms(first: 5, search: "web") { totalCount edges { node { id } } }'))).toBe(page(5));
    // Each VM's estimate is a hop to catalog: n × (5 + 1), its total n × 1.
    const estimates = org("vms(first: 10) { edges { node { estimatedMonthlyCost { monthlyTotal { amount } } } } }");
    expect(cost(estimates)).toBe(page(10) + 10 * 6 + 10);
  });

  it("scales a metric window by its buckets and its series", () => {
    const vms = (selection: string) => org(`vms { edges { node { ${selection} } } }`);
    const base = 1 + 6 + 51 + 50;
    const perVmMetrics = 50 * (5 + 1);
    // A series is one object per VM holding one value per bucket in each list, 0.15 each.
    const series = (buckets: number, lists = 1) => 50 + 50 * buckets * 0.15 * lists;
    // Default window: LAST_DAY in 60-minute buckets.
    expect(cost(vms("metrics { cpu { average } }"))).toBe(base + perVmMetrics + series(24));
    expect(cost(vms("metrics { cpu { unit average maximum } }"))).toBe(base + perVmMetrics + series(24, 2));
    expect(cost(vms("metrics { cpu { average } memory { average } }"))).toBe(base + perVmMetrics + 2 * series(24));
    const fiveMinutes = vms(`metrics(window: { stepMinutes: 5 }) { cpu { average } }`);
    expect(cost(fiveMinutes)).toBe(base + perVmMetrics + series(288));
    expect(cost(vms(`metrics(window: { preset: LAST_WEEK }) { cpu { average } }`))).toBe(
      base + perVmMetrics + series(84),
    );
    expect(cost(vms(`metrics(window: { preset: LAST_HOUR }) { cpu { average } }`))).toBe(
      base + perVmMetrics + series(12),
    );
    const week = `query($w: MetricWindowInput) { organization(id: "o") { vms { edges { node { metrics(window: $w) { cpu { average } } } } } } }`;
    const window = { since: "2026-01-01T00:00:00Z", until: "2026-01-08T00:00:00Z", stepMinutes: 30 };
    expect(cost(week, { w: window })).toBe(base + perVmMetrics + series(7 * 48));
  });

  it("takes a page size from the argument, its variable or its default, down a connection's edges", () => {
    const page = (first: string) =>
      org(`wallet { transactions${first} { edges { node { id } } pageInfo { hasNextPage } } }`);
    // organization 1, wallet hop 5 + 1, transactions 1 + pageInfo 1, edges 1 + n, n nodes.
    expect(cost(page("(first: 30)"))).toBe(1 + 6 + 2 + (1 + 30) + 30);
    expect(cost(page(""))).toBe(1 + 6 + 2 + (1 + 20) + 20);
    const variable = `query($n: Int) { organization(id: "o") { wallet { entries(first: $n) { id } } } }`;
    expect(cost(variable, { n: 5 })).toBe(1 + 6 + (1 + 5));
  });

  it("prices the nested fan-out and the alias fan-out that once exhausted the platform far above any limit", () => {
    const fanOut = org(
      "vms { edges { node { organization { vms { edges { node { organization { vms { edges { node { id } } } } } } } } } } }",
    );
    expect(cost(fanOut)).toBeGreaterThan(100_000);
    const windows = Array.from(
      { length: 10 },
      (_, i) =>
        `m${i}: metrics(window: { stepMinutes: 5, since: "2026-01-01T00:00:00Z" }) { cpu { average maximum } memory { average maximum } }`,
    );
    expect(cost(org(`vms { edges { node { ${windows.join(" ")} } } }`))).toBeGreaterThan(1_000_000);
  });

  it("counts fragments and inline fragments as the fields they hold", () => {
    const spread = `{ organization(id: "o") { ...F } } fragment F on Organization { vms { edges { node { id } } } }`;
    expect(cost(spread)).toBe(cost(org("vms { edges { node { id } } }")));
    expect(cost(`{ organization(id: "o") { ... on Organization { vms { edges { node { id } } } } } }`)).toBe(108);
  });
});
