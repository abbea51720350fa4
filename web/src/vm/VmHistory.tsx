import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { formatDateTime } from "../format";
import { operationKindLabel } from "./vm-actions";

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
          before
          after
        }
      }
    }
  }
`);

interface Operation {
  id: string;
  kind: Parameters<typeof operationKindLabel>[0];
  status: string;
  progress: number;
  createdAt: string;
  error?: { code: string; message: string } | null;
}

/** The VM's operations (newest first) and, for owners and admins, its audit events. */
export function VmHistory({
  organizationId,
  vmId,
  operations,
  refreshKey,
}: {
  organizationId: string;
  vmId: string;
  operations: readonly Operation[];
  /** Changes when an operation ends, so the audit trail is read again. */
  refreshKey: number;
}) {
  const [{ data, error }, reexecute] = useQuery({
    query: VmAuditQuery,
    variables: { organizationId, vmId },
    requestPolicy: "network-only",
  });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: "network-only" });
  }, [refreshKey, reexecute]);
  const forbidden = (error?.graphQLErrors ?? []).some((e) => e.extensions?.code === "FORBIDDEN");
  return (
    <section className="card vm-history">
      <h2>Operations</h2>
      {operations.length === 0 ? (
        <p className="muted">No operations yet.</p>
      ) : (
        <ul data-testid="vm-operations">
          {operations.map((operation) => (
            <li key={operation.id} data-testid="vm-operation" data-status={operation.status}>
              {formatDateTime(operation.createdAt)} · {operationKindLabel(operation.kind)} ·{" "}
              {operation.status.toLowerCase()}
              {operation.error && ` (${operation.error.message})`}
            </li>
          ))}
        </ul>
      )}
      <h2>Audit trail</h2>
      {forbidden ? (
        <p className="muted" data-testid="vm-audit-forbidden">
          Only owners and admins may read the audit trail.
        </p>
      ) : error && !data ? (
        <p className="notice">The audit trail could not be loaded: {error.message}</p>
      ) : data && data.auditEvents.edges.length === 0 ? (
        <p className="muted">No events yet.</p>
      ) : (
        <ul data-testid="vm-audit">
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
