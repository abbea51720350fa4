import {
  defaultFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { badUserInput } from "../errors";
import { isUuid } from "../ids";

/** Whether an input type holds an `ID` anywhere (through lists and input objects). */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsId(type.ofType as GraphQLInputType, seen);
  if (isScalarType(type)) return type.name === "ID";
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => holdsId(field.type, seen));
}

/** Throws BAD_USER_INPUT naming the first `ID` in `value` that is not a UUID. */
function assertUuids(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return assertUuids(type.ofType as GraphQLInputType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => assertUuids(type.ofType as GraphQLInputType, item, `${path}[${i}]`));
    return;
  }
  if (isScalarType(type)) {
    if (type.name === "ID" && !isUuid(value)) throw badUserInput(`${path} must be a UUID`, path);
    return;
  }
  if (isInputObjectType(type) && typeof value === "object") {
    for (const field of Object.values(type.getFields())) {
      assertUuids(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
    }
  }
}

/**
 * Every `ID` a client sends to this platform is a UUID. A field whose arguments hold one checks
 * them before its resolver runs, so a malformed id is `BAD_USER_INPUT` naming the input (not a
 * database cast error, not a misleading NOT_FOUND) in every subgraph alike.
 */
export function requireUuidIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg) => holdsId(arg.type));
      if (checked.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const arg of checked) assertUuids(arg.type, args[arg.name], arg.name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
