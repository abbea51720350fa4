import { DashboardPage } from "./components/DashboardPage";
import { OrgPicker } from "./components/OrgPicker";
import { useOrgParam } from "./use-org-param";

export function App() {
  const [organizationId, selectOrganization] = useOrgParam();

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            DCX
          </span>
          <span className="brand-name">DCX Cloud</span>
        </div>
        <OrgPicker selectedId={organizationId} onSelect={selectOrganization} />
      </header>
      <main className="content">
        {organizationId ? (
          <DashboardPage key={organizationId} organizationId={organizationId} />
        ) : (
          <p className="placeholder">Choose an organisation to see its dashboard.</p>
        )}
      </main>
    </div>
  );
}
