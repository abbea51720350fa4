import { Outlet, useRouteContext } from "@tanstack/react-router";
import { Brand } from "../components/Brand";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { OrgPicker } from "../components/OrgPicker";
import { UserMenu } from "../components/UserMenu";
import { MainNavigation } from "./MainNavigation";
import { ShellContext } from "./shell-context";
import { useOrganizationChoice } from "./use-organization-choice";

/**
 * The signed-in frame: top bar with the pages, the organisation picker and the user; then the
 * page. Pages render only once the organisation shown is known, so each can rely on `useShell`.
 */
export function AppShell() {
  const { user } = useRouteContext({ from: "__root__" });
  const { organizations, shown, select, fetching, error, retry } = useOrganizationChoice(user.organization.id);

  let content;
  if (organizations && shown) {
    content = (
      <ShellContext value={{ user, organization: shown, organizations, selectOrganization: select }}>
        <Outlet />
      </ShellContext>
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
        <MainNavigation
          kind={shown?.kind}
          viewer={{
            role: user.role,
            ownOrganization: shown?.id === user.organization.id,
            provider: user.organization.kind === "PROVIDER",
          }}
        />
        <div className="topbar-actions">
          {organizations && shown && (
            <OrgPicker organizations={organizations} selectedId={shown.id} onSelect={select} />
          )}
          <UserMenu user={user} />
        </div>
      </header>
      <main className="content">{content}</main>
    </div>
  );
}
