import { type FragmentType, getFragmentData, graphql } from "../gql";
import { organizationKindLabel } from "../format";

export const OrgHeader_OrganizationFragment = graphql(`
  fragment OrgHeader_OrganizationFragment on Organization {
    name
    kind
    parent {
      id
      name
    }
  }
`);

interface OrgHeaderProps {
  organization: FragmentType<typeof OrgHeader_OrganizationFragment>;
}

/**
 * Who this dashboard is for: name, kind and the organisation above it. A customer's own users do
 * not see the organisation above theirs (parent is null for them), so nothing is shown then.
 */
export function OrgHeader(props: OrgHeaderProps) {
  const organization = getFragmentData(OrgHeader_OrganizationFragment, props.organization);
  return (
    <div className="org-header card">
      <h1 data-testid="org-name">{organization.name}</h1>
      <p className="org-meta">
        <span className={`kind-badge kind-${organization.kind.toLowerCase()}`} data-testid="org-kind">
          {organizationKindLabel(organization.kind)}
        </span>
        {organization.parent && (
          <span data-testid="org-parent">
            under <strong>{organization.parent.name}</strong>
          </span>
        )}
      </p>
    </div>
  );
}
