import type { PathedError, ResponsePath } from "./graphql/errors";

/**
 * A connection's errors as if its nodes were one flat list: `<prefix>.edges.<i>.node.<rest>`
 * becomes `<prefix>.<offset + i>.<rest>`, so rows loaded page by page keep the paths their
 * components read (`organization.vms.<index>.metrics`). Other errors pass unchanged.
 */
export function flattenEdgeErrors<E extends PathedError>(errors: readonly E[], prefix: ResponsePath, offset = 0): E[] {
  return errors.map((error) => {
    const path = error.path;
    if (!path || path.length < prefix.length + 2 || !prefix.every((segment, i) => path[i] === segment)) return error;
    const [edges, index, node, ...rest] = path.slice(prefix.length);
    if (edges !== "edges" || typeof index !== "number") return error;
    const tail = node === "node" ? rest : [];
    return { ...error, path: [...prefix, offset + index, ...tail] };
  });
}

/** The nodes of a connection's edges, in order (edges without a node are skipped). */
export const nodesOf = <T>(connection: { edges: ReadonlyArray<{ node: T }> } | null | undefined): T[] =>
  connection ? connection.edges.map((edge) => edge.node) : [];
