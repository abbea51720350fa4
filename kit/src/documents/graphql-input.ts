import { getVariableValues, type GraphQLSchema, Kind, parse, type VariableDefinitionNode } from "graphql";
import { badUserInput } from "../errors";
import { fieldOfVariableError } from "../server/error-masking";

/**
 * Reads `value` (e.g. JSON from a document's query string) as the GraphQL variable `$name` of
 * `type` (e.g. "VmEstimateInput!") in `schema`, exactly as the graph would: defaults filled in,
 * and anything the graph refuses refused with the graph's own message, as BAD_USER_INPUT naming
 * the field (`input.vcpuCount`).
 */
export function readGraphqlVariable<T>(schema: GraphQLSchema, name: string, type: string, value: unknown): T {
  const { coerced, errors } = getVariableValues(schema, variableDefinitions(name, type), { [name]: value });
  const error = errors?.[0];
  if (error || !coerced) {
    const message = error?.message ?? `Variable "$${name}" could not be read`;
    throw badUserInput(message, fieldOfVariableError(message) ?? name);
  }
  return coerced[name] as T;
}

function variableDefinitions(name: string, type: string): readonly VariableDefinitionNode[] {
  const operation = parse(`query($${name}: ${type}) { __typename }`).definitions[0];
  return operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : [];
}
