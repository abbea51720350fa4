import type { LinkProps } from "@tanstack/react-router";
import type { OrganizationKind, UserRole } from "../gql/graphql";

/** One entry of the main navigation. */
export interface NavEntry {
  /** A page of the app (checked against the route tree). */
  to: NonNullable<LinkProps["to"]>;
  label: string;
  testId: string;
  /** Shown only when the organisation on screen is of one of these kinds (all kinds when absent). */
  kinds?: readonly OrganizationKind[];
  /** Highlighted only on its own path, not on the pages below it ("/" would match everything). */
  exact?: boolean;
  /** Shown only to those the page's graph fields answer (everyone when absent). */
  visibleTo?: (viewer: Viewer) => boolean;
}

/** Who looks at which organisation. */
export interface Viewer {
  role: UserRole;
  /** The organisation shown is the viewer's own. */
  ownOrganization: boolean;
  /** The viewer is provider staff (who act on any organisation's behalf). */
  provider: boolean;
}

/** Single sign-on is the organisation's owners' and admins' business, or the provider's. */
const managesSingleSignOn = ({ role, ownOrganization, provider }: Viewer) =>
  (role === "OWNER" || role === "ADMIN") && (ownOrganization || provider);

/** The main navigation, in order. Pages without an entry are reached from the pages that link to them. */
export const NAVIGATION: readonly NavEntry[] = [
  { to: "/", label: "Overview", testId: "nav-dashboard", exact: true },
  { to: "/vms", label: "VMs", testId: "nav-vms" },
  { to: "/networks", label: "Networks", testId: "nav-networks" },
  { to: "/alerts", label: "Alerts", testId: "nav-alerts" },
  { to: "/billing", label: "Billing", testId: "nav-billing" },
  { to: "/wallet", label: "Wallet", testId: "nav-wallet" },
  { to: "/team", label: "Team", testId: "nav-team" },
  { to: "/audit", label: "Audit log", testId: "nav-audit" },
  { to: "/single-sign-on", label: "Single sign-on", testId: "nav-sso", visibleTo: managesSingleSignOn },
  { to: "/customers", label: "Customers", testId: "nav-customers", kinds: ["RESELLER", "PROVIDER"] },
  { to: "/provider", label: "Catalog & credit", testId: "nav-provider", kinds: ["PROVIDER"] },
];

/** The entries for an organisation of `kind`, as `viewer` may use them. */
export function navigationFor(kind: OrganizationKind, viewer: Viewer): NavEntry[] {
  return NAVIGATION.filter(
    (entry) => (!entry.kinds || entry.kinds.includes(kind)) && (!entry.visibleTo || entry.visibleTo(viewer)),
  );
}
