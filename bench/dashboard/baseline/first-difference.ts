/**
 * Where two JSON values first differ, as a path with both sides (object keys in any order), or
 * null when they are equal.
 */
export function firstDifference(expected: unknown, actual: unknown, path = "data"): string | null {
  if (Object.is(expected, actual)) return null;
  const bothObjects =
    typeof expected === "object" && expected !== null && typeof actual === "object" && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return `${path}: gateway ${JSON.stringify(expected)}, SQL ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length !== actual.length) {
    return `${path}: gateway has ${expected.length} items, SQL ${actual.length}`;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const inner = firstDifference(
      (expected as Record<string, unknown>)[key],
      (actual as Record<string, unknown>)[key],
      Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (inner) return inner;
  }
  return null;
}
