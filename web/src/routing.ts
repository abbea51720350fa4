import { ORG_PARAM } from "./org-selection";

/**
 * Paths of the signed-in app. The selected organisation (`?org=`) travels with every link, so
 * moving between pages keeps the organisation; other parameters belong to the page they are on.
 */

/** "/vms/new/" and "/vms/new" are the same page; "" is "/". */
export function normalizePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** The address of `path` carrying over the organisation from `search`, e.g. "/vms/new?org=abc". */
export function hrefFor(path: string, search: string): string {
  const org = new URLSearchParams(search).get(ORG_PARAM);
  return org ? `${path}?${new URLSearchParams({ [ORG_PARAM]: org }).toString()}` : path;
}

export interface RouteMatch<R> {
  route: R;
  /** Values of the `:name` segments of the route's path, e.g. `{ id: "…" }` for "/wallet/top-ups/:id". */
  params: Record<string, string>;
}

/** The first route whose path matches the normalised pathname; `:name` segments match any one segment. */
export function matchRoute<R extends { path: string }>(
  routes: readonly R[],
  pathname: string,
): RouteMatch<R> | undefined {
  const segments = normalizePath(pathname).split("/");
  for (const route of routes) {
    const pattern = route.path.split("/");
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(":")) return part === segment;
      const value = decodeSegment(segment);
      if (!value) return false;
      params[part.slice(1)] = value;
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A click a link should handle itself: plain left click, no modifier (others open tabs etc.). */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    !event.defaultPrevented
  );
}
