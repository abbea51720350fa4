import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useClient } from "urql";
import { OrganizationChoiceDocument } from "../gql/graphql";
import { useShell } from "../shell/shell-context";

/** How often, and how many times, the lists are read again until a new organisation is in them. */
const POLL_MS = 3_000;
const POLL_LIMIT = 20;

interface CreatedOrganizationNoticeProps {
  created: { id: string; name: string };
  /** Whether the table lists it yet (the organisation picker must list it too before it can be opened). */
  listed: boolean;
  /** Reads the table again; stable between renders. */
  refresh: () => void;
}

/**
 * Says an organisation was created and, once the platform lists it, offers to open it. The
 * gateway reuses what it knows of a signed-in user for up to 30 seconds, so a reseller's new
 * customer may take that long to become visible: meanwhile the table and the organisation picker
 * (whose list decides which organisations may be opened) are read again every few seconds.
 */
export function CreatedOrganizationNotice({ created, listed, refresh }: CreatedOrganizationNoticeProps) {
  const client = useClient();
  const openable = useShell().organizations.some((organization) => organization.id === created.id);
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    const rereadPicker = () =>
      void client.query(OrganizationChoiceDocument, {}, { requestPolicy: "network-only" }).toPromise();
    if ((listed && openable) || attempts >= POLL_LIMIT) return;
    const timer = setTimeout(() => {
      if (!listed) refresh();
      if (!openable) rereadPicker();
      setAttempts((count) => count + 1);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [client, listed, openable, attempts, refresh]);

  if (listed && openable) {
    return (
      <p className="created-organization" role="status" data-testid="organization-created">
        {created.name} was created.{" "}
        <Link to="/" search={{ org: created.id }} data-testid="open-created-organization">
          Open {created.name}
        </Link>
      </p>
    );
  }
  return (
    <p className="created-organization" role="status" data-testid="organization-created">
      {created.name} was created.{" "}
      {attempts < POLL_LIMIT
        ? "It appears in the list once your access to it takes effect, within 30 seconds."
        : "It is not listed yet: reload the page in a minute."}
    </p>
  );
}
