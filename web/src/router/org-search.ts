import { ORG_PARAM } from "../org-selection";

/** The search parameters every page shares: the organisation shown (`?org=<id>`), if chosen. */
export interface OrgSearch {
  org?: string;
}

/** Keeps `org` when it is a non-empty string; anything else in the address bar is the page's own. */
export function parseOrgSearch(search: Record<string, unknown>): OrgSearch {
  const value = search[ORG_PARAM];
  return typeof value === "string" && value !== "" ? { org: value } : {};
}
