import { createContext, useContext } from "react";
import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";

/** Chooses the organisation shown; "replace" corrects the address bar without a history entry. */
export type SelectOrganization = (id: string, history?: "push" | "replace") => void;

/** What every page of the signed-in app knows: who is signed in and which organisation is shown. */
export interface Shell {
  user: SessionUser;
  /** The organisation shown, one the user may open. */
  organization: OrganizationOption;
  organizations: readonly OrganizationOption[];
  selectOrganization: SelectOrganization;
}

export const ShellContext = createContext<Shell | null>(null);

/** The shell of the page being rendered; pages are only rendered once an organisation is chosen. */
export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error("useShell is for pages rendered inside the AppShell");
  return shell;
}
