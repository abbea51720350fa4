import type { SessionUser } from "../auth/session";
import { ROUTES } from "../routes";
import { matchRoute } from "../routing";
import { useOrganizationChoice } from "../use-organization-choice";
import { usePathname } from "../use-pathname";
import { Brand } from "./Brand";
import { ErrorBanner } from "./ErrorBanner";
import { Loading } from "./Loading";
import { NavLink } from "./NavLink";
import { OrgPicker } from "./OrgPicker";
import { UserMenu } from "./UserMenu";

/** The signed-in page: top bar with the pages, the organisation picker and the user; then the page. */
export function AppShell({ user }: { user: SessionUser }) {
  const { organizations, selectedId, select, fetching, error, retry } = useOrganizationChoice(user.organization.id);
  const pathname = usePathname();
  const match = matchRoute(ROUTES, pathname);
  const route = match?.route;

  let content;
  if (!match || !route) {
    content = (
      <p className="notice" data-testid="page-not-found">
        There is no page at {pathname}.{" "}
        <NavLink to="/" current={false}>
          Open the dashboard
        </NavLink>
      </p>
    );
  } else if (selectedId) {
    content = route.render({ organizationId: selectedId, user, selectOrganization: select, params: match.params });
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
        <nav className="main-nav" aria-label="Pages">
          {ROUTES.filter((entry) => entry.label).map((entry) => (
            <NavLink
              key={entry.path}
              to={entry.path}
              current={entry === route || route?.section === entry.path}
              testId={entry.testId}
            >
              {entry.label}
            </NavLink>
          ))}
        </nav>
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
