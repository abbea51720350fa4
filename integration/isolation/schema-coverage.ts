import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { graphqlRequest } from "@dcx/kit/testing";

/** The public graph as a client sees it, read through the gateway's introspection. */
export async function fetchPublicSchema(gatewayUrl: string, headers: Record<string, string>): Promise<GraphQLSchema> {
  const result = await graphqlRequest<IntrospectionQuery>(gatewayUrl, getIntrospectionQuery(), {}, headers);
  if (!result.data) throw new Error(`introspection failed: ${JSON.stringify(result.errors)}`);
  return buildClientSchema(result.data);
}

/** Every field of every object type, as "Type.field" (root fields included). */
export function allFieldCoordinates(schema: GraphQLSchema): Set<string> {
  const coordinates = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.keys(type.getFields())) coordinates.add(`${type.name}.${field}`);
  }
  return coordinates;
}

/** The "Type.field" coordinates an operation selects, resolved against the schema. */
export function selectedFieldCoordinates(schema: GraphQLSchema, operation: string): Set<string> {
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(operation),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && !node.name.value.startsWith("__")) coordinates.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return coordinates;
}
