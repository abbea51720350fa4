import type { SessionUser } from "../auth/session";
import { useOrganizationChoice } from "../use-organization-choice";
import { Brand } from "./Brand";
import { DashboardPage } from "./DashboardPage";
import { ErrorBanner } from "./ErrorBanner";
import { Loading } from "./Loading";
import { ManagedOrganizations } from "./ManagedOrganizations";
import { OrgPicker } from "./OrgPicker";
import { UserMenu } from "./UserMenu";

/** The signed-in page: top bar with the organisation picker and the user, and the dashboard. */
export function AppShell({ user }: { user: SessionUser }) {
  const { organizations, selectedId, select, fetching, error, retry } = useOrganizationChoice(user.organization.id);

  let content;
  const manages = user.organization.kind !== "CUSTOMER";
  if (selectedId) {
    content = (
      <>
        <DashboardPage key={selectedId} organizationId={selectedId} />
        {manages && selectedId === user.organization.id && (
          <ManagedOrganizations ownOrganizationId={user.organization.id} onOpen={(id) => select(id)} />
        )}
      </>
    );
  } else if (!organizations) {
    content = fetching ? (
      <Loading label="Loading organisations…" />
    ) : (
      <ErrorBanner error={error} title="Your organisations could not be loaded" onRetry={retry} />
    );
  } else {
    content = <p className="placeholder">There is no organisation you can open.</p>;
  }

  return (
    <div className="app">
      <header className="topbar">
        <Brand />
        <div className="topbar-actions">
          {organizations && selectedId && (
            <OrgPicker organizations={organizations} selectedId={selectedId} onSelect={select} />
          )}
          <UserMenu user={user} />
        </div>
      </header>
      <main className="content">{content}</main>
    </div>
  );
}
