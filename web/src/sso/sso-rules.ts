import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";

/** The viewer may see and change the organisation's single sign-on: its owner, or provider owners and admins. */
export function managesSingleSignOn(viewer: SessionUser, organization: OrganizationOption): boolean {
  if (viewer.organization.kind === "PROVIDER") return viewer.role === "OWNER" || viewer.role === "ADMIN";
  return viewer.organization.id === organization.id && viewer.role === "OWNER";
}

/** Domains as typed: one per line or separated by commas or spaces; blanks dropped. */
export function parseDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter((domain) => domain.length > 0);
}
