import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from "graphql";

/** One scalar or enum an attacker can set in a mutation: `name`, `input.bootDisk.capacityGb`. */
export interface InputLeaf {
  /** Path from the argument: segments of object fields. */
  path: string[];
  /** The named type: "String", "ID", "Decimal", an enum… */
  typeName: string;
  /** Whether the leaf is free text (String): only text-hostile values are sent to it. */
  isText: boolean;
}

export interface MutationShape {
  name: string;
  /** `$name: Type` for every argument, and `name: $name` to pass them. */
  variableDefinitions: string;
  argumentList: string;
  /** What to select so the operation is valid: `{ __typename }` for objects, nothing for scalars. */
  selection: string;
  leaves: InputLeaf[];
}

const unwrap = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

function leavesOf(type: GraphQLInputType, path: string[], into: InputLeaf[], depth = 0): void {
  const named = getNamedType(type);
  if (isLeafType(named)) {
    into.push({ path, typeName: named.name, isText: named.name === "String" });
    return;
  }
  if (isInputObjectType(named) && depth < 4) {
    for (const field of Object.values(named.getFields())) {
      // A list inside an input: its first element's leaves (the baseline must give one element).
      const at = isListType(unwrap(field.type)) ? [...path, field.name, "0"] : [...path, field.name];
      leavesOf(field.type, at, into, depth + 1);
    }
  }
}

/** Every mutation of the public schema, with each input leaf of each argument (input objects recursed). */
export function mutationShapes(schema: GraphQLSchema): MutationShape[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field: GraphQLField<unknown, unknown>) => {
    const leaves: InputLeaf[] = [];
    for (const argument of field.args as GraphQLArgument[]) {
      // Lists are replaced whole: the list itself is the leaf the hostile value goes into.
      if (isListType(unwrap(argument.type))) leaves.push({ path: [argument.name], typeName: "List", isText: false });
      else leavesOf(argument.type, [argument.name], leaves);
    }
    const returned = getNamedType(field.type);
    const composite = isObjectType(returned) || isInterfaceType(returned) || isUnionType(returned);
    return {
      name: field.name,
      variableDefinitions: field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", "),
      argumentList: field.args.map((a) => `${a.name}: $${a.name}`).join(", "),
      selection: composite ? "{ __typename }" : "",
      leaves,
    };
  });
}

export function operationFor(shape: MutationShape): string {
  const variables = shape.variableDefinitions ? `(${shape.variableDefinitions})` : "";
  const args = shape.argumentList ? `(${shape.argumentList})` : "";
  return `mutation Hostile${variables} { ${shape.name}${args} ${shape.selection} }`;
}

/** The baseline's variables with `leaf` set to a placeholder that the raw hostile JSON replaces. */
export function withPlaceholder(
  baseline: Record<string, unknown>,
  leaf: InputLeaf,
  placeholder: string,
): Record<string, unknown> {
  const copy = structuredClone(baseline);
  let target: Record<string, unknown> = copy;
  for (const segment of leaf.path.slice(0, -1)) {
    const next = target[segment];
    target[segment] = next && typeof next === "object" ? next : {};
    target = target[segment] as Record<string, unknown>;
  }
  target[leaf.path.at(-1)!] = placeholder;
  return copy;
}

/** As GraphQL names an input, e.g. `input.disks[0].capacityGb`. */
export const leafName = (leaf: InputLeaf) =>
  leaf.path
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index ? `.${segment}` : segment))
    .join("");
