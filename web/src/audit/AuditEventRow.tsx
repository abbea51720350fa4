import { VmLink } from "../components/VmLink";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { auditKindLabel } from "./audit-kinds";
import { type ActorDirectory, actorLabel, changeLines, formatAuditTime, outcomeLabel } from "./audit-format";

export const AuditEventRow_AuditEventFragment = graphql(`
  fragment AuditEventRow_AuditEvent on AuditEvent {
    id
    kind
    outcome
    message
    before
    after
    occurredAt
    vmName
    vm {
      id
      name
    }
    actor {
      kind
      id
    }
  }
`);

interface AuditEventRowProps {
  event: FragmentType<typeof AuditEventRow_AuditEventFragment>;
  directory: ActorDirectory | "loading" | null;
}

/** One event: when, who, what, on which VM (a link while it exists), how it ended and what changed. */
export function AuditEventRow({ event: ref, directory }: AuditEventRowProps) {
  const event = getFragmentData(AuditEventRow_AuditEventFragment, ref);
  const changes = changeLines(event.before, event.after);
  return (
    <tr data-testid="audit-event" data-kind={event.kind}>
      <td className="audit-time">
        <time dateTime={event.occurredAt}>{formatAuditTime(event.occurredAt)}</time>
      </td>
      <td data-testid="audit-actor">
        {directory === "loading" ? <span className="muted">Loading names…</span> : actorLabel(event.actor, directory)}
      </td>
      <th scope="row">
        {auditKindLabel(event.kind)}
        <code className="audit-kind-code">{event.kind}</code>
      </th>
      <td>
        {event.vm ? (
          <VmLink vmId={event.vm.id} testId="audit-vm-link">
            {event.vm.name}
          </VmLink>
        ) : event.vmName ? (
          <span>
            {event.vmName} <span className="muted">(deleted)</span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <span className={`pill outcome-${event.outcome.toLowerCase()}`}>{outcomeLabel(event.outcome)}</span>
        {event.message && <p className="audit-message">{event.message}</p>}
        {changes.length > 0 && (
          <details className="audit-changes">
            <summary>
              What changed ({changes.length} {changes.length === 1 ? "field" : "fields"})
            </summary>
            <ul>
              {changes.map((line) => (
                <li key={line.field}>
                  <code>{line.field}</code>: {line.before ?? "—"} → {line.after ?? "—"}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
