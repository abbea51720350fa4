import { useCallback, useEffect, useState } from "react";
import { readOrgParam, withOrgParam, withoutOrgParam } from "./org-selection";

export type SelectOrganization = (id: string, history?: "push" | "replace") => void;

/**
 * The selected organisation, kept in the address bar as `?org=<id>` so a
 * dashboard can be bookmarked or shared; back and forward move between choices.
 */
export function useOrgParam(): [string | null, SelectOrganization] {
  const [orgId, setOrgId] = useState(() => readOrgParam(window.location.search));

  useEffect(() => {
    const onPopState = () => setOrgId(readOrgParam(window.location.search));
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const select = useCallback<SelectOrganization>((id, history = "push") => {
    const url = `${window.location.pathname}${withOrgParam(window.location.search, id)}${window.location.hash}`;
    if (history === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    setOrgId(id);
  }, []);

  return [orgId, select];
}

/**
 * Drops `?org` from the address bar, so that the next person to sign in on this browser starts
 * on their own organisation rather than on the one the previous user was looking at.
 */
export function forgetOrgParam(): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, "", `${pathname}${withoutOrgParam(search)}${hash}`);
}
