import { useCallback, useEffect, useState } from "react";
import { hrefFor, normalizePath } from "./routing";

const listeners = new Set<() => void>();

/** Moves to `path` (keeping `?org=`) without reloading; back and forward work as usual. */
export function navigate(path: string): void {
  const href = hrefFor(path, window.location.search);
  if (href === `${window.location.pathname}${window.location.search}`) return;
  window.history.pushState(null, "", href);
  for (const listener of listeners) listener();
}

/** The current page's path, following `navigate` and the browser's back and forward buttons. */
export function usePathname(): string {
  const read = useCallback(() => normalizePath(window.location.pathname), []);
  const [pathname, setPathname] = useState(read);
  useEffect(() => {
    const update = () => setPathname(read());
    window.addEventListener("popstate", update);
    listeners.add(update);
    return () => {
      window.removeEventListener("popstate", update);
      listeners.delete(update);
    };
  }, [read]);
  return pathname;
}
