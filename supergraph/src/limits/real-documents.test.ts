import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { type DocumentNode, getOperationAST, Lexer, parse, print, Source, TokenKind, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { DASHBOARD_QUERY } from "../../../integration/dashboard-query";
import * as webDocuments from "../../../web/src/gql/graphql";
import { DCX_COST_RULES } from "./cost-rules";
import { buildCostSchema } from "./cost-schema";
import { DEFAULT_QUERY_LIMITS } from "./limits-config";
import { operationCost } from "./query-cost";

const schema = buildCostSchema(readFileSync(path.join(repoRoot, "schema", "supergraph.graphql"), "utf8"));

/** The operations the web app sends, as codegen compiled them from `web/src/**`. */
const webOperations = Object.entries(webDocuments)
  .filter(([name, value]) => name.endsWith("Document") && !name.endsWith("FragmentDoc") && value)
  .map(([name, value]) => ({ name: `web ${name}`, text: print(value as DocumentNode) }));

/** The example queries in a README: fenced `graphql` blocks and inline selections such as `organization(…) { … }`. */
function readmeExamples(file: string) {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  const fenced = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const inline = [...text.matchAll(/`([a-z]\w*\([^`]*\{[^`]*\})`/g)].map((match) => `{ ${match[1]} }`);
  return [...fenced, ...inline].map((example, i) => ({ name: `${file} example ${i + 1}`, text: example }));
}

const DOCUMENTS = [
  { name: "integration DASHBOARD_QUERY", text: DASHBOARD_QUERY },
  ...webOperations,
  ...readmeExamples("README.md"),
  ...readmeExamples("supergraph/README.md"),
];

function measure(text: string) {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  const document = parse(text);
  const figures = { tokens, depth: 0, aliases: 0, directives: 0, cost: 0 };
  const seen = (key: "depth" | "aliases" | "directives") => [
    (_: unknown, found: { n: number }) => (figures[key] = found.n),
  ];
  const errors = validate(schema.schema, document, [
    maxDepthRule({ n: 1_000, flattenFragments: true, onAccept: seen("depth") }),
    maxAliasesRule({ n: 1_000, onAccept: seen("aliases") }),
    maxDirectivesRule({ n: 1_000, onAccept: seen("directives") }),
  ]);
  expect(errors.filter((error) => !/Unknown (type|directive)/.test(error.message))).toEqual([]);
  figures.cost = operationCost(schema, DCX_COST_RULES, document, getOperationAST(document)!, {});
  return figures;
}

describe("the platform's own queries stay far inside the default limits", () => {
  it("finds the documents: the dashboard query, every web operation and the README examples", () => {
    expect(webOperations.map((o) => o.name)).toContain("web DashboardPageDocument");
    expect(webOperations.length).toBeGreaterThanOrEqual(10);
    expect(readmeExamples("README.md").length).toBeGreaterThanOrEqual(2);
    expect(readmeExamples("supergraph/README.md").length).toBeGreaterThanOrEqual(2);
  });

  it.each(DOCUMENTS)("$name: a quarter of the cost and tokens, half the depth, aliases and directives", ({ text }) => {
    const figures = measure(text);
    const limits = DEFAULT_QUERY_LIMITS;
    expect(figures.cost * 4).toBeLessThanOrEqual(limits.maxCost);
    expect(figures.tokens * 4).toBeLessThanOrEqual(limits.maxTokens);
    expect(figures.depth * 2).toBeLessThanOrEqual(limits.maxDepth);
    expect(figures.aliases * 2).toBeLessThanOrEqual(limits.maxAliases);
    expect(figures.directives * 2).toBeLessThanOrEqual(limits.maxDirectives);
  });

  it("lets a caller load the dashboard ten times at once and once every two seconds for ever", () => {
    const { cost } = measure(DASHBOARD_QUERY);
    expect(cost * 10).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.budgetCapacity);
    expect(cost / 2).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.budgetRefillPerSecond);
  });
});
