import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatDateTime } from "../format";
import { Refusal } from "./Refusal";
import { RevokeApiKeyMutation } from "./team-mutations";

export const ApiKeyRow_ApiKeyFragment = graphql(`
  fragment ApiKeyRow_ApiKey on ApiKey {
    id
    name
    secretPrefix
    readOnly
    createdAt
    lastUsedAt
    revokedAt
    createdBy {
      id
      displayName
    }
  }
`);

/** One key, told apart by its first characters; revoking asks first, as the key stops working at once. */
export function ApiKeyRow({
  apiKey: ref,
  onRevoked,
}: {
  apiKey: FragmentType<typeof ApiKeyRow_ApiKeyFragment>;
  onRevoked: () => void;
}) {
  const key = getFragmentData(ApiKeyRow_ApiKeyFragment, ref);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, revokeApiKey] = useMutation(RevokeApiKeyMutation);

  const revoke = async () => {
    const result = await revokeApiKey({ id: key.id });
    if (result.data) {
      setConfirming(false);
      onRevoked();
    }
  };

  return (
    <tr data-testid="api-key" data-prefix={key.secretPrefix} data-revoked={key.revokedAt ? "true" : "false"}>
      <th scope="row">{key.name}</th>
      <td>
        <code>{key.secretPrefix}…</code>
      </td>
      <td>{key.readOnly ? "Read-only" : "Read and change"}</td>
      <td>{formatDateTime(key.createdAt)}</td>
      <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td>{key.createdBy?.displayName ?? <span className="muted">Unknown</span>}</td>
      <td data-testid="api-key-status">
        {key.revokedAt ? (
          <span className="pill pill-neutral">Revoked {formatDateTime(key.revokedAt)}</span>
        ) : (
          <span className="pill pill-good">Active</span>
        )}
      </td>
      <td className="row-actions">
        {!key.revokedAt && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)} data-testid="revoke-api-key">
            Revoke
          </button>
        )}
        {!key.revokedAt && confirming && (
          <div className="inline-form confirm" data-testid="revoke-confirmation">
            <span>Revoke “{key.name}”? Calls with it stop working within a minute, for good.</span>
            <button
              type="button"
              className="danger"
              disabled={fetching}
              onClick={() => void revoke()}
              data-testid="confirm-revoke"
            >
              Revoke key
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
        <Refusal error={error} testId="revoke-refused" />
      </td>
    </tr>
  );
}
