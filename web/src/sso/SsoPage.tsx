import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Skeleton } from "../components/Skeleton";
import type { OrganizationOption } from "../org-selection";
import { SingleSignOnQuery } from "./sso-operations";
import { managesSingleSignOn } from "./sso-rules";
import { SsoForm } from "./SsoForm";
import "./sso.css";

/**
 * An organisation's single sign-on: the IdP it signs its people in with (OpenID Connect), the
 * e-mail domains it vouches for, whether codes stay allowed and who is created at first sign-in.
 */
export function SsoPage({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  const manages = managesSingleSignOn(viewer, organization);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SingleSignOnQuery,
    variables: { id: organization.id },
    pause: !manages,
    requestPolicy: "network-only",
  });
  const reload = () => reexecute({ requestPolicy: "network-only" });

  let body;
  if (!manages) {
    body = (
      <p className="hint" data-testid="sso-not-allowed">
        Only the organisation&apos;s owners, or the provider&apos;s owners and admins on its behalf, manage its single
        sign-on.
      </p>
    );
  } else if (fetching && !data) {
    body = <Skeleton label="Loading single sign-on…" lines={6} testId="sso-skeleton" />;
  } else if (!data?.organization) {
    body = <ErrorBanner error={error} onRetry={reload} title="Single sign-on could not be loaded" />;
  } else {
    body = (
      <>
        <ErrorBanner error={error} onRetry={reload} />
        <SsoForm organizationId={organization.id} current={data.organization.singleSignOn ?? null} onSaved={reload} />
      </>
    );
  }

  return (
    <div className="sso-page" data-testid="sso-page">
      <h1>Single sign-on · {organization.name}</h1>
      <p className="hint">
        People whose e-mail is in one of the domains below sign in with your identity provider (OpenID Connect, code
        flow with PKCE). Register this dashboard with it: redirect URI{" "}
        <code data-testid="sso-redirect-uri">{`${window.location.origin}/sso/callback`}</code>, post-logout redirect URI{" "}
        <code>{`${window.location.origin}/`}</code>, and back-channel logout to the platform&apos;s{" "}
        <code>/sso/back-channel-logout</code>.
      </p>
      {body}
    </div>
  );
}
