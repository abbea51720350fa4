import type { PathedError, ResponsePath } from "../graphql/errors";

/** Rows' errors are re-pathed to `rows.<index>.<field>`: a row's field is the third segment. */
export const ROW_FIELD_DEPTH = 2;

/**
 * A page's errors re-pathed to the rows they belong to: `<prefix>.edges.<i>.<node…>.<rest>`
 * (the VM under `node`) becomes `rows.<i>.<rest>`. Others pass
 * unchanged, so a whole subgraph down (no path) still reaches every row.
 */
export function rowErrors<E extends PathedError>(errors: readonly E[], prefix: ResponsePath, node: ResponsePath): E[] {
  const head = [...prefix, "edges"];
  return errors.map((error) => {
    const path = error.path;
    if (!path || path.length < head.length + 1 || !head.every((segment, i) => path[i] === segment)) return error;
    const index = path[head.length];
    const below = path.slice(head.length + 1);
    if (typeof index !== "number") return error;
    const rest = node.every((segment, i) => below[i] === segment) ? below.slice(node.length) : [];
    return { ...error, path: ["rows", index, ...rest] };
  });
}

/** The errors of row `index` (and those without a path), as its cells read them. */
export function errorsOfRow<E extends PathedError>(errors: readonly E[], index: number): E[] {
  return errors.filter(
    (error) => !error.path || error.path.length === 0 || (error.path[0] === "rows" && error.path[1] === index),
  );
}
