import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { ApiKeyRow } from "./ApiKeyRow";
import { CreateApiKeyForm, type CreatedKey } from "./CreateApiKeyForm";
import { NewApiKeySecret } from "./NewApiKeySecret";

const TeamApiKeysQuery = graphql(`
  query TeamApiKeys {
    apiKeys {
      id
      ...ApiKeyRow_ApiKey
    }
  }
`);

/** The viewer's organisation's keys, revoked ones included; create one (its secret shown once) or revoke one. */
export function ApiKeysManager({ headingId }: { headingId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TeamApiKeysQuery,
    requestPolicy: "cache-and-network",
  });
  // The secret lives only here, until the person closes the panel: it is never shown again.
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const reload = () => reexecute({ requestPolicy: "network-only" });

  let body;
  if (!data) {
    body = fetching ? (
      <Loading label="Loading API keys…" />
    ) : (
      <ErrorBanner error={error} title="API keys could not be loaded" onRetry={reload} />
    );
  } else if (data.apiKeys.length === 0) {
    body = (
      <p className="placeholder" data-testid="api-keys-empty">
        No API keys yet. Create one for each system that calls DCX Cloud, so each can be revoked on its own.
      </p>
    );
  } else {
    body = (
      <div className="table-scroll">
        <table className="vm-table" data-testid="api-key-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key starts with</th>
              <th scope="col">Access</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Created by</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {data.apiKeys.map((key) => (
              <ApiKeyRow key={key.id} apiKey={key} onRevoked={reload} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <>
      <h2 id={headingId}>API keys</h2>
      <p className="hint">
        Partners and scripts call the graph with <code>Authorization: Bearer &lt;key&gt;</code>; a key acts as a member
        of this organisation, and a read-only key changes nothing.
      </p>
      {created ? (
        <NewApiKeySecret created={created} onClose={() => setCreated(null)} />
      ) : (
        <CreateApiKeyForm
          onCreated={(key) => {
            setCreated(key);
            reload();
          }}
        />
      )}
      {data && <ErrorBanner error={error} onRetry={reload} />}
      {body}
    </>
  );
}
