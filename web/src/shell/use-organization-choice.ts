import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { organizationToShow } from "../org-selection";
import type { SelectOrganization } from "./shell-context";

/** Every organisation the signed-in user may open: their own and, for resellers and the provider, those below. */
const OrganizationChoiceQuery = graphql(`
  query OrganizationChoice {
    organizations {
      id
      name
      kind
    }
  }
`);

/**
 * The organisations the user may open and the one shown, kept in the address bar as
 * `?org=<id>`. An id the user may not see (another tenant's bookmark) gives way to the
 * user's own organisation.
 */
export function useOrganizationChoice(ownOrganizationId: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OrganizationChoiceQuery });
  const { org: orgParam } = useSearch({ from: "__root__" });
  const navigate = useNavigate();
  const organizations = data?.organizations ?? null;
  const shown = organizations ? organizationToShow(organizations, orgParam ?? null, ownOrganizationId) : undefined;

  const select = useCallback<SelectOrganization>(
    (id, history = "push") => {
      void navigate({ to: ".", search: (previous) => ({ ...previous, org: id }), replace: history === "replace" });
    },
    [navigate],
  );

  useEffect(() => {
    if (shown && shown.id !== orgParam) select(shown.id, "replace");
  }, [shown, orgParam, select]);

  return {
    organizations,
    shown: shown ?? null,
    select,
    fetching,
    error,
    retry: () => reexecute({ requestPolicy: "network-only" }),
  };
}
