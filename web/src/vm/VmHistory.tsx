import { useEffect } from "react";
import { useQuery } from "urql";
import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { operationKindLabel } from "./vm-actions";
import { actorLabel, elapsedLabel } from "./vm-labels";

export const VmHistory_VmOperationFragment = graphql(`
  fragment VmHistory_VmOperationFragment on VmOperation {
    id
    kind
    status
    progress
    createdAt
    startedAt
    finishedAt
    requestedBy {
      kind
    }
    error {
      code
      message
    }
  }
`);

const VmAuditQuery = graphql(`
  query VmAudit($organizationId: ID!, $vmId: ID!) {
    auditEvents(organizationId: $organizationId, vmId: $vmId, first: 20) {
      edges {
        node {
          id
          kind
          outcome
          message
          occurredAt
          actor {
            kind
            id
          }
        }
      }
    }
  }
`);

/** The VM's last operations (newest first) and, for owners and admins, its audit events. */
export function VmHistory(props: {
  organizationId: string;
  vmId: string;
  operations: ReadonlyArray<FragmentType<typeof VmHistory_VmOperationFragment>>;
  /** Changes when an operation ends, so the audit trail is read again. */
  refreshKey: number;
  /** The user may start operations: the empty list then says how. */
  mayOperate: boolean;
}) {
  const operations = getFragmentData(VmHistory_VmOperationFragment, props.operations);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: VmAuditQuery,
    variables: { organizationId: props.organizationId, vmId: props.vmId },
    requestPolicy: "network-only",
  });
  useEffect(() => {
    if (props.refreshKey > 0) reexecute({ requestPolicy: "network-only" });
  }, [props.refreshKey, reexecute]);
  const forbidden = (error?.graphQLErrors ?? []).some((e) => e.extensions?.code === "FORBIDDEN");
  return (
    <section className="card vm-history" aria-labelledby="vm-operations-title">
      <h2 id="vm-operations-title">Operations</h2>
      {operations.length === 0 ? (
        <p className="muted">No operations yet{props.mayOperate ? ": the actions above start one." : "."}</p>
      ) : (
        <table className="vm-config-table" data-testid="vm-operations">
          <thead>
            <tr>
              <th scope="col">Requested</th>
              <th scope="col">Operation</th>
              <th scope="col">Status</th>
              <th scope="col">Took</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {operations.map((operation) => (
              <tr key={operation.id} data-testid="vm-operation" data-status={operation.status}>
                <td>{formatDateTime(operation.createdAt)}</td>
                <th scope="row">{operationKindLabel(operation.kind)}</th>
                <td className={`operation-status-${operation.status.toLowerCase()}`}>
                  {operation.status === "RUNNING" ? `running, ${operation.progress} %` : operation.status.toLowerCase()}
                  {operation.error && ` (${operation.error.message}, ${operation.error.code})`}
                </td>
                <td>{elapsedLabel(operation.startedAt ?? operation.createdAt, operation.finishedAt) ?? "—"}</td>
                <td>{actorLabel(operation.requestedBy.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Audit trail</h2>
      {forbidden ? (
        <p className="muted" data-testid="vm-audit-forbidden">
          Only owners and admins may read the audit trail.
        </p>
      ) : !data && fetching ? (
        <p className="muted" role="status">
          Loading the audit trail…
        </p>
      ) : error && !data ? (
        <p className="notice">The audit trail could not be loaded: {error.message}</p>
      ) : data && data.auditEvents.edges.length === 0 ? (
        <p className="muted">No events yet.</p>
      ) : (
        <ul className="vm-audit" data-testid="vm-audit">
          {(data?.auditEvents.edges ?? []).map(({ node }) => (
            <li key={node.id} data-testid="vm-audit-event">
              {formatDateTime(node.occurredAt)} · {node.kind} · {node.outcome.toLowerCase()} ·{" "}
              {node.actor.kind.toLowerCase()}
              {node.message && ` · ${node.message}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
