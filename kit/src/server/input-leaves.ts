import { type DocumentNode, Kind, valueFromASTUntyped, visit } from "graphql";
import type { DatabaseErrorFacts } from "../db/database-error";

/** One scalar the caller sent, with the input path that names it ("input.name", "disks[1].tier"). */
export interface InputLeaf {
  field: string;
  value: unknown;
}

/** Every scalar in the request's variables and in the literal arguments of its document. */
export function inputLeaves(document: DocumentNode | undefined, variables: Record<string, unknown> = {}): InputLeaf[] {
  const leaves: InputLeaf[] = [];
  const walk = (field: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(`${field}[${index}]`, item));
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(`${field}.${key}`, inner);
    } else leaves.push({ field, value });
  };
  for (const [name, value] of Object.entries(variables)) walk(name, value);
  if (document) {
    visit(document, {
      Argument(node) {
        if (node.value.kind !== Kind.VARIABLE) walk(node.name.value, valueFromASTUntyped(node.value));
        return false;
      },
    });
  }
  return leaves;
}

const digits = (value: unknown) => String(value).replace(/[^0-9]/g, "").length;
const isNumeric = (value: unknown) =>
  typeof value === "number" || (typeof value === "string" && /^[-+]?[0-9.eE+-]+$/.test(value.trim()));

/**
 * The input a database refusal is about, when it can be told: PostgreSQL quotes the offending
 * value for bad formats and most ranges; for text too long, NUL and numeric overflow the
 * likeliest leaf is picked (the longest text, the one holding NUL, the number with most digits).
 */
export function fieldForDatabaseError(facts: DatabaseErrorFacts, leaves: InputLeaf[]): string | undefined {
  for (const [, quoted] of facts.message.matchAll(/"([^"]*)"/g)) {
    const exact = leaves.find((leaf) => leaf.value !== null && String(leaf.value) === quoted);
    if (exact) return exact.field;
  }
  const texts = leaves.filter((leaf) => typeof leaf.value === "string") as { field: string; value: string }[];
  switch (facts.code) {
    case "22021":
    case "22P05":
      return texts.find((leaf) => leaf.value.includes("\u0000"))?.field;
    case "22001":
      return texts.sort((a, b) => b.value.length - a.value.length)[0]?.field;
    case "22003":
    case "22015":
      return leaves.filter((leaf) => isNumeric(leaf.value)).sort((a, b) => digits(b.value) - digits(a.value))[0]?.field;
    default:
      return undefined;
  }
}
