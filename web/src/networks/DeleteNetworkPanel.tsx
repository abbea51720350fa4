import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { addressCount } from "./network-layout";

const DeleteNetworkMutation = graphql(`
  mutation DeleteNetwork($id: ID!) {
    deleteNetwork(id: $id)
  }
`);

interface DeleteNetworkPanelProps {
  networkId: string;
  name: string;
  allocatedCount: number;
}

/**
 * Deletes the network after a confirmation. While addresses are allocated the server refuses, so
 * the button is not offered and the page says why; a refusal for another reason (a VM in vCenter
 * still on the port group, vCenter unreachable) is shown as the server words it.
 */
export function DeleteNetworkPanel({ networkId, name, allocatedCount }: DeleteNetworkPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, deleteNetwork] = useMutation(DeleteNetworkMutation);
  const navigate = useNavigate();

  const confirm = async () => {
    const result = await deleteNetwork({ id: networkId }, { additionalTypenames: ["Network"] });
    if (result.data) void navigate({ to: "/networks" });
  };

  return (
    <section className="card network-delete" data-testid="delete-network">
      <h2>Delete network</h2>
      {allocatedCount > 0 ? (
        <p data-testid="delete-blocked">
          {name} cannot be deleted while {addressCount(allocatedCount)} {allocatedCount === 1 ? "is" : "are"} allocated.
          Delete the VMs holding them (see Allocated addresses) first.
        </p>
      ) : confirming ? (
        <div className="button-row" role="group" aria-label={`Confirm deleting ${name}`}>
          <p>
            Delete <strong>{name}</strong> and its port group in vCenter? This cannot be undone.
          </p>
          <button
            type="button"
            className="danger"
            disabled={fetching}
            onClick={() => void confirm()}
            data-testid="confirm-delete-network"
          >
            {fetching ? "Deleting…" : `Delete ${name}`}
          </button>
          <button type="button" className="secondary" disabled={fetching} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          data-testid="delete-network-button"
        >
          Delete network…
        </button>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="delete-network-error">
          {error.graphQLErrors.map((graphQLError) => graphQLError.message).join(" ") ||
            `Network error: ${error.networkError?.message ?? "no answer"}`}
        </p>
      )}
    </section>
  );
}
