import { useState } from "react";
import { type CombinedError, useClient, useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { Refusal } from "./Refusal";
import { SessionRow } from "./SessionRow";
import { RevokeSessionMutation } from "./team-mutations";
import { otherSessionIds } from "./team-rules";

const MySessionsQuery = graphql(`
  query TeamMySessions {
    mySessions {
      id
      current
      ...SessionRow_Session
    }
  }
`);

/** The signed-in user's own sessions, whichever organisation is shown: end one, or all but this one. */
export function SessionsSection() {
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MySessionsQuery, requestPolicy: "network-only" });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<CombinedError | undefined>(undefined);
  const reload = () => reexecute({ requestPolicy: "network-only" });

  // There is no bulk mutation: each session is ended on its own, and the first refusal is shown.
  const revoke = async (ids: readonly string[]) => {
    setBusy(true);
    setRefusal(undefined);
    for (const id of ids) {
      const result = await client.mutation(RevokeSessionMutation, { id }).toPromise();
      if (result.error) {
        setRefusal(result.error);
        break;
      }
    }
    setBusy(false);
    reload();
  };

  let body;
  if (!data) {
    body = fetching ? (
      <Loading label="Loading your sessions…" />
    ) : (
      <ErrorBanner error={error} title="Your sessions could not be loaded" onRetry={reload} />
    );
  } else {
    const others = otherSessionIds(data.mySessions);
    body = (
      <>
        <ErrorBanner error={error} onRetry={reload} />
        <div className="table-scroll">
          <table className="vm-table" data-testid="sessions">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">Ends at the latest</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.mySessions.map((session) => (
                <SessionRow key={session.id} session={session} busy={busy} onRevoke={(id) => void revoke([id])} />
              ))}
            </tbody>
          </table>
        </div>
        <div className="button-row sessions-actions">
          <button
            type="button"
            className="secondary"
            disabled={busy || others.length === 0}
            onClick={() => void revoke(others)}
            data-testid="sign-out-others"
          >
            {busy ? "Signing out…" : `Sign out everywhere else (${others.length})`}
          </button>
        </div>
        <Refusal error={refusal} testId="session-refused" />
      </>
    );
  }

  return (
    <section className="card team-section" aria-labelledby="team-sessions-heading">
      <h2 id="team-sessions-heading">Your sessions</h2>
      <p className="hint">
        Every browser signed in as you. &quot;Last active&quot; is the latest token refresh, which an open page makes
        every few minutes. Signing a session out ends it within a minute.
      </p>
      {body}
    </section>
  );
}
