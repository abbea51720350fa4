import { withoutOrgParam } from "../org-selection";

/**
 * Drops `?org` from the address bar, so that the next person to sign in on this browser starts
 * on their own organisation rather than on the one the previous user was looking at.
 */
export function forgetOrgParam(): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, "", `${pathname}${withoutOrgParam(search)}${hash}`);
}
