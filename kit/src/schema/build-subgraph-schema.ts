import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { requireUuidIds } from "./uuid-arguments";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

export type ReferenceResolvers<TContext> = Record<
  string,
  { __resolveReference: (reference: never, context: TContext) => unknown }
>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers:
 * type-graphql schema → SDL with directives → `@link` prepended → `buildSubgraphSchema`.
 * Reference resolvers are merged into the type-graphql resolver map. Every `ID` argument must be
 * a UUID (`requireUuidIds`).
 */
export async function buildFederatedSchema<TContext>(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers<TContext> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return requireUuidIds(
    buildSubgraphSchema([
      {
        typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
        resolvers: resolvers as GraphQLResolverMap<unknown>,
      },
    ]),
  );
}
