import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { OrganizationKind } from "../gql/graphql";
import { organizationKindLabel } from "../format";
import { chooseDefaultOrganization } from "../org-selection";
import type { SelectOrganization } from "../use-org-param";

const OrgPickerQuery = graphql(`
  query OrgPicker {
    organizations {
      id
      name
      kind
    }
  }
`);

const KIND_ORDER: readonly OrganizationKind[] = ["PROVIDER", "RESELLER", "CUSTOMER"];

interface OrgPickerProps {
  selectedId: string | null;
  onSelect: SelectOrganization;
}

/** Chooses the organisation whose dashboard is shown; defaults to the customer Adcock. */
export function OrgPicker({ selectedId, onSelect }: OrgPickerProps) {
  const [{ data, fetching, error }] = useQuery({ query: OrgPickerQuery });
  const organizations = data?.organizations;

  useEffect(() => {
    if (selectedId || !organizations) return;
    const fallback = chooseDefaultOrganization(organizations);
    if (fallback) onSelect(fallback.id, "replace");
  }, [selectedId, organizations, onSelect]);

  if (!organizations) {
    return (
      <div className="org-picker" data-testid="org-picker-status">
        {fetching ? "Loading organisations…" : `Organisations unavailable: ${error?.message ?? "no data"}`}
      </div>
    );
  }

  const known = organizations.some((org) => org.id === selectedId);
  return (
    <label className="org-picker">
      <span className="org-picker-label">Organisation</span>
      <select
        data-testid="org-picker"
        value={known && selectedId ? selectedId : ""}
        onChange={(event) => onSelect(event.target.value)}
      >
        {!known && <option value="">Select an organisation…</option>}
        {KIND_ORDER.map((kind) => {
          const group = organizations.filter((org) => org.kind === kind);
          if (group.length === 0) return null;
          return (
            <optgroup key={kind} label={organizationKindLabel(kind)}>
              {group.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
