import { isDeepStrictEqual } from "node:util";

interface GraphqlAnswer {
  data?: unknown;
  errors?: unknown[];
}

/** Undefined when both answers carry the same data and no errors; else where they first differ. */
export function sameAnswer(ours: string, theirs: string): string | undefined {
  const a = JSON.parse(ours) as GraphqlAnswer;
  const b = JSON.parse(theirs) as GraphqlAnswer;
  if (a.errors || b.errors) return `errors: ours ${JSON.stringify(a.errors)}, Hive ${JSON.stringify(b.errors)}`;
  return firstDifference(a.data, b.data, "data");
}

function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}: ours ${JSON.stringify(a)?.slice(0, 200)}, Hive ${JSON.stringify(b)?.slice(0, 200)}`;
}
