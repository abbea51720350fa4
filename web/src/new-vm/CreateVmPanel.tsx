import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../gql";
import type { VmEstimateInput } from "../gql/graphql";
import { OperationProgress } from "../vm/OperationProgress";
import { keyFor, toCreateVmInput } from "./create-vm";
import { explainInsufficientFunds, insufficientFundsOf } from "./insufficient-funds";
import { fieldErrorsOf } from "./vm-form";

const CreateVmNetworksQuery = graphql(`
  query CreateVmNetworks($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      networks {
        id
        name
        cidr
      }
    }
  }
`);

const CreateVmMutation = graphql(`
  mutation CreateVm($input: CreateVmInput!) {
    createVm(input: $input) {
      id
      status
    }
  }
`);

interface CreateVmPanelProps {
  organizationId: string;
  /** The specification as priced; undefined while the form has errors. */
  estimate: VmEstimateInput | undefined;
}

/**
 * Names the VM, picks its network and asks for it. The request carries an idempotency key kept
 * for as long as the request is the same, so a double click starts one VM; then the operation's
 * progress is shown until the VM runs (or the operation fails).
 */
export function CreateVmPanel({ organizationId, estimate }: CreateVmPanelProps) {
  const [name, setName] = useState("");
  const [networkId, setNetworkId] = useState("");
  const [keyed, setKeyed] = useState<{ request: string; key: string } | null>(null);
  const [operationId, setOperationId] = useState<string | null>(null);
  const [createdVmId, setCreatedVmId] = useState<string | null>(null);
  const [{ data: networks }] = useQuery({ query: CreateVmNetworksQuery, variables: { organizationId } });
  const [{ fetching, error }, createVm] = useMutation(CreateVmMutation);
  const refused = fieldErrorsOf(error);
  const noFunds = insufficientFundsOf(error);

  const submit = async () => {
    if (!estimate) return;
    const request = JSON.stringify({ estimate, name, networkId });
    const next = keyFor(keyed, request, () => crypto.randomUUID());
    setKeyed(next);
    const input = toCreateVmInput(estimate, { organizationId, name, networkId, idempotencyKey: next.key });
    const result = await createVm({ input });
    if (result.data) setOperationId(result.data.createVm.id);
  };

  return (
    <div className="create-vm" data-testid="create-vm-panel">
      <div className="field">
        <label htmlFor="vm-name">VM name</label>
        <input
          id="vm-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={Boolean(refused.fields.name)}
          disabled={operationId !== null}
          data-testid="vm-name-input"
        />
        {refused.fields.name && (
          <span className="field-error" role="alert" data-testid="error-name">
            {refused.fields.name}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="vm-network">Network</label>
        <select
          id="vm-network"
          value={networkId}
          onChange={(event) => setNetworkId(event.target.value)}
          disabled={operationId !== null}
          data-testid="vm-network-select"
        >
          <option value="">No network</option>
          {(networks?.organization?.networks ?? []).map((network) => (
            <option key={network.id} value={network.id}>
              {network.name} ({network.cidr}, DHCP)
            </option>
          ))}
        </select>
      </div>
      {operationId === null ? (
        <button
          type="button"
          className="primary"
          disabled={!estimate || name.trim() === "" || fetching}
          onClick={() => void submit()}
          data-testid="create-vm"
        >
          {fetching ? "Creating…" : "Create VM"}
        </button>
      ) : (
        <OperationProgress operationId={operationId} onFinished={(_status, vmId) => setCreatedVmId(vmId)} />
      )}
      {createdVmId && (
        <Link to="/vms/$vmId" params={{ vmId: createdVmId }} className="button-link secondary" data-testid="open-vm">
          Open the VM
        </Link>
      )}
      {noFunds && (
        <div className="notice insufficient-funds" role="alert" data-testid="insufficient-funds">
          <p>{explainInsufficientFunds(noFunds)}</p>
          <Link to="/wallet" className="button-link" data-testid="insufficient-funds-top-up">
            Top up the wallet
          </Link>
        </div>
      )}
      {!noFunds && (Object.keys(refused.fields).some((field) => field !== "name") || refused.other.length > 0) && (
        <ul className="field-error" role="alert" data-testid="create-vm-error">
          {[
            ...Object.entries(refused.fields)
              .filter(([field]) => field !== "name")
              .map(([field, message]) => `${field}: ${message}`),
            ...refused.other,
          ].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
