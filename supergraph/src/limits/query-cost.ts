import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getVariableValues,
} from "graphql";
import type { CostSchema } from "./cost-schema";
import { type CostRules, windowBuckets } from "./cost-rules";

interface Walk {
  schema: CostSchema;
  rules: CostRules;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

interface Scope {
  /** How many times this selection set runs (the product of the list sizes above it). */
  multiplier: number;
  /** Subgraphs that produced the parent object; a field none of them resolves is a hop. */
  graphs: readonly string[];
  /** Items per list below a paged connection or a metric window. */
  inheritedSize?: number | undefined;
  /** Buckets of the metric window this selection is inside: each of its scalar lists holds one value per bucket. */
  windowBuckets?: number | undefined;
}

/**
 * The cost of one operation, computed from the document alone before the query planner runs.
 * An object costs 1 wherever it appears, so a list multiplies what is below it by its size (its
 * page-size argument, else the assumed size); a field another subgraph resolves adds `hopCost`
 * per parent; a metric window's series hold one value per bucket (`scalarListItemCost` each). Other leaves cost nothing.
 */
export function operationCost(
  schema: CostSchema,
  rules: CostRules,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> = {},
): number {
  const coerced = getVariableValues(schema.schema, operation.variableDefinitions ?? [], rawVariables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { schema, rules, fragments, variables: coerced.coerced ?? rawVariables };
  return selectionCost(walk, root, operation.selectionSet, { multiplier: 1, graphs: [] });
}

function selectionCost(walk: Walk, type: GraphQLCompositeType, set: SelectionSetNode, scope: Scope): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, type, selection, scope);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    if (!fragment) continue;
    const condition = fragment.typeCondition && walk.schema.schema.getType(fragment.typeCondition.name.value);
    cost += selectionCost(walk, isCompositeType(condition) ? condition : type, fragment.selectionSet, scope);
  }
  return cost;
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, scope: Scope): number {
  if (node.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
  const field = parent.getFields()[node.name.value];
  if (!field) return 0;
  const key = `${parent.name}.${field.name}`;
  const owners = walk.schema.graphsOf(parent.name, field.name);
  const hop = scope.graphs.length > 0 && owners.length > 0 && !owners.some((g) => scope.graphs.includes(g));
  const hopCost = hop ? walk.rules.hopCost * scope.multiplier : 0;
  const named = getNamedType(field.type);
  if (!isCompositeType(named) || !node.selectionSet) {
    // A columnar series below a window: one value per bucket, each a fraction of an object.
    const isSeries = isListType(getNullableType(field.type)) || walk.rules.seriesScalars.includes(named.name);
    const buckets = isSeries ? (scope.windowBuckets ?? 0) : 0;
    return hopCost + scope.multiplier * buckets * walk.rules.scalarListItemCost;
  }

  const args = argumentsOf(walk, field, node);
  const pageSize = walk.rules.pageSizeArguments.map((name) => args[name]).find((v) => typeof v === "number");
  const window = walk.rules.windowFields[key];
  const isList = isListType(getNullableType(field.type));
  const size = isList
    ? Math.max(0, pageSize ?? scope.inheritedSize ?? walk.rules.listSizes[key] ?? walk.rules.defaultListSize)
    : 1;
  const buckets = window ? windowBuckets(window, args[window.argument]) : scope.windowBuckets;
  const below: Scope = {
    multiplier: scope.multiplier * size,
    graphs: hop || scope.graphs.length === 0 ? owners : owners.filter((g) => scope.graphs.includes(g)),
    inheritedSize: window ? buckets : !isList && pageSize !== undefined ? Math.max(0, pageSize) : undefined,
    windowBuckets: buckets,
  };
  const own = scope.multiplier * (1 + (isList ? size : 0)) + hopCost;
  return own + selectionCost(walk, named, node.selectionSet, below);
}

function argumentsOf(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // Arguments that do not coerce are refused later by validation or the subgraph.
    return {};
  }
}
