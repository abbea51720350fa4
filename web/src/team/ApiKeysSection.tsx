import { Link } from "@tanstack/react-router";
import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";
import { ApiKeysManager } from "./ApiKeysManager";
import { apiKeyAccess } from "./team-rules";

/** Partner API keys: managed by the owners and admins of the organisation they belong to. */
export function ApiKeysSection({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  const access = apiKeyAccess(viewer, organization.id);
  return (
    <section className="card team-section" aria-labelledby="team-keys-heading" data-testid="api-keys">
      {access === "manage" ? (
        <ApiKeysManager headingId="team-keys-heading" />
      ) : (
        <>
          <h2 id="team-keys-heading">API keys</h2>
          {access === "not-your-role" ? (
            <p className="muted" data-testid="api-keys-not-allowed">
              Only owners and admins see and manage API keys.
            </p>
          ) : (
            <p className="muted" data-testid="api-keys-elsewhere">
              API keys belong to the organisation that creates them: {organization.name}&apos;s owners and admins manage
              its own. Yours are on{" "}
              <Link to="/team" search={{ org: viewer.organization.id }}>
                {viewer.organization.name}&apos;s Team page
              </Link>
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
