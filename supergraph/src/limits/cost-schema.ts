import { buildASTSchema, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema, Kind, parse } from "graphql";

/** The composed schema with, for each field, the subgraphs that can resolve it. */
export interface CostSchema {
  schema: GraphQLSchema;
  /** Subgraphs (join graph names) that resolve `Type.field`; empty when unknown. */
  graphsOf(typeName: string, fieldName: string): readonly string[];
}

const graphArgument = (directive: ConstDirectiveNode): string | undefined => {
  const value = directive.arguments?.find((argument) => argument.name.value === "graph")?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
};

const isExternal = (directive: ConstDirectiveNode): boolean =>
  directive.arguments?.some(
    (argument) => argument.name.value === "external" && argument.value.kind === Kind.BOOLEAN && argument.value.value,
  ) ?? false;

/**
 * Reads the supergraph's `@join__type` / `@join__field` directives, so the cost model knows when
 * a field makes the gateway hop to another subgraph (an `_entities` fetch) for every parent.
 */
export function buildCostSchema(supergraphSdl: string): CostSchema {
  const document: DocumentNode = parse(supergraphSdl);
  const owners = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeGraphs = (definition.directives ?? [])
      .filter((d) => d.name.value === "join__type")
      .flatMap((d) => graphArgument(d) ?? []);
    for (const field of definition.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === "join__field");
      const fieldGraphs = joins.filter((d) => !isExternal(d)).flatMap((d) => graphArgument(d) ?? []);
      owners.set(`${definition.name.value}.${field.name.value}`, fieldGraphs.length ? fieldGraphs : typeGraphs);
    }
  }
  return {
    schema: buildASTSchema(document, { assumeValidSDL: true }),
    graphsOf: (typeName, fieldName) => owners.get(`${typeName}.${fieldName}`) ?? [],
  };
}
