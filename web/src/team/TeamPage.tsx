import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";
import { ApiKeysSection } from "./ApiKeysSection";
import { SessionsSection } from "./SessionsSection";
import { UsersSection } from "./UsersSection";
import "./team.css";

/** Who has access to the organisation shown: its users, its API keys, and the viewer's own sessions. */
export function TeamPage({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  return (
    <div className="team-page" data-testid="team-page">
      <h1>Team and access · {organization.name}</h1>
      <UsersSection organization={organization} viewer={viewer} />
      <ApiKeysSection organization={organization} viewer={viewer} />
      <SessionsSection />
    </div>
  );
}
