import type { LinkProps } from "@tanstack/react-router";
import type { OrganizationKind } from "../gql/graphql";

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
}

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
  { to: "/customers", label: "Customers", testId: "nav-customers", kinds: ["RESELLER", "PROVIDER"] },
  { to: "/provider", label: "Catalog & credit", testId: "nav-provider", kinds: ["PROVIDER"] },
];

/** The entries for an organisation of `kind`. */
export function navigationFor(kind: OrganizationKind): NavEntry[] {
  return NAVIGATION.filter((entry) => !entry.kinds || entry.kinds.includes(kind));
}
