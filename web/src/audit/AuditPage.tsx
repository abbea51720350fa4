import { getRouteApi } from "@tanstack/react-router";
import type { SessionUser } from "../auth/session";
import { userRoleLabel } from "../format";
import type { OrganizationOption } from "../org-selection";
import { isManagerRole } from "../team/team-rules";
import { AuditFilters } from "./AuditFilters";
import { AuditTable } from "./AuditTable";
import type { AuditSearch } from "./audit-search";
import { useActorDirectory } from "./use-actor-directory";
import "./audit.css";

// Read through the route's id: importing the route itself would make a cycle with it.
const route = getRouteApi("/audit");

/**
 * The organisation's audit trail. Only owners and admins (of it or of an organisation above it)
 * may read it: anyone else is told so, never shown an empty table that would pass for no events.
 */
export function AuditPage({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  if (!isManagerRole(viewer.role)) {
    return (
      <div className="audit-page" data-testid="audit-page">
        <h1>Audit log · {organization.name}</h1>
        <p className="notice" data-testid="audit-not-allowed">
          The audit log is not available to your role ({userRoleLabel(viewer.role)}): only owners and admins read it.
          Ask one of {organization.name}&apos;s owners if you need to know who did what.
        </p>
      </div>
    );
  }
  return <AuditLog organization={organization} viewer={viewer} />;
}

function AuditLog({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const directory = useActorDirectory(organization, viewer.organization.id);
  const filters: AuditSearch = { kind: search.kind, vm: search.vm, from: search.from, to: search.to };
  const setFilters = (next: AuditSearch) =>
    void navigate({ search: (previous) => ({ org: previous.org, ...withoutEmpty(next) }) });

  return (
    <div className="audit-page" data-testid="audit-page">
      <h1>Audit log · {organization.name}</h1>
      <p className="hint">
        Every finished VM operation, every change found in vCenter and every suspension for unpaid usage, newest first.
      </p>
      <AuditFilters organizationId={organization.id} filters={filters} onChange={setFilters} />
      <AuditTable
        key={JSON.stringify(filters)}
        organizationId={organization.id}
        filters={filters}
        directory={directory}
        onClearFilters={() => setFilters({})}
      />
    </div>
  );
}

/** Filters left empty are dropped from the address bar rather than kept as `?kind=`. */
function withoutEmpty(filters: AuditSearch): AuditSearch {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => Boolean(value))) as AuditSearch;
}
