import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { type DocumentNode, type GraphQLError, type GraphQLSchema, validate } from "graphql";
import type { QueryLimits } from "./limits-config";
import { type QueryLimitName, queryTooComplex } from "./limit-errors";

/** graphql-armor reports "…, found 13." — the figure it measured. */
const foundIn = (error: GraphQLError) => {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
};

/**
 * Depth, aliases and directives of a parsed document, counted by graphql-armor's rules (depth
 * with fragments flattened, so a fragment adds no level of its own). The first limit broken
 * throws QUERY_TOO_COMPLEX; tokens are capped earlier, by the parser (`parseOptions.maxTokens`).
 */
export function checkDocumentLimits(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): void {
  const refuse =
    (limit: QueryLimitName, maximum: number, what: string) =>
    (_: unknown, error: GraphQLError): never => {
      const found = foundIn(error);
      throw queryTooComplex(
        limit,
        maximum,
        found,
        `A query may have at most ${maximum} ${what} (this one has ${found})`,
      );
    };
  const reject = { propagateOnRejection: false, exposeLimits: true };
  validate(schema, document, [
    maxDepthRule({
      ...reject,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [refuse("depth", limits.maxDepth, "levels of nesting")],
    }),
    maxAliasesRule({ ...reject, n: limits.maxAliases, onReject: [refuse("aliases", limits.maxAliases, "aliases")] }),
    maxDirectivesRule({
      ...reject,
      n: limits.maxDirectives,
      onReject: [refuse("directives", limits.maxDirectives, "directives")],
    }),
  ]);
}
