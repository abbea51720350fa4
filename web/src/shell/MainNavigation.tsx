import { Link } from "@tanstack/react-router";
import type { OrganizationKind } from "../gql/graphql";
import { navigationFor, type Viewer } from "./navigation";

/** The pages of the organisation shown; the current one is marked for eyes and screen readers. */
export function MainNavigation({ kind, viewer }: { kind: OrganizationKind | undefined; viewer: Viewer }) {
  const entries = kind ? navigationFor(kind, viewer) : [];
  return (
    <nav className="main-nav" aria-label="Pages">
      {entries.map((entry) => (
        <Link
          key={entry.to}
          to={entry.to}
          className="nav-link"
          activeOptions={{ exact: entry.exact ?? false, includeSearch: false }}
          activeProps={{ className: "nav-link current", "aria-current": "page" }}
          data-testid={entry.testId}
        >
          {entry.label}
        </Link>
      ))}
    </nav>
  );
}
