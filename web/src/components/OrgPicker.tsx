import type { OrganizationKind } from "../gql/graphql";
import { organizationKindLabel } from "../format";
import type { OrganizationOption } from "../org-selection";
import type { SelectOrganization } from "../shell/shell-context";

const KIND_ORDER: readonly OrganizationKind[] = ["PROVIDER", "RESELLER", "CUSTOMER"];

interface OrgPickerProps {
  organizations: readonly OrganizationOption[];
  selectedId: string;
  onSelect: SelectOrganization;
}

/**
 * Chooses the organisation whose dashboard is shown, grouped by kind. A customer's user can
 * see only their own organisation, so for them there is nothing to choose and no picker.
 */
export function OrgPicker({ organizations, selectedId, onSelect }: OrgPickerProps) {
  if (organizations.length < 2) return null;

  return (
    <label className="org-picker">
      <span className="org-picker-label">Organisation</span>
      <select data-testid="org-picker" value={selectedId} onChange={(event) => onSelect(event.target.value)}>
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
