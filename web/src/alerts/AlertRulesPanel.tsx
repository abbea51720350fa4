import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { errorsExplainingNull, graphQLErrorsOf } from "../graphql/errors";
import { AlertRuleForm } from "./AlertRuleForm";
import { AlertRuleRow } from "./AlertRuleRow";

const AlertRulesQuery = graphql(`
  query AlertRules($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      alertRules {
        id
        ...AlertRuleRow_AlertRuleFragment
        ...AlertRuleForm_AlertRuleFragment
      }
    }
  }
`);

/** Which rule the form below the table edits, or a new one. */
type Editing = { rule: string } | "new" | null;

/** The default rules, then the organisation's own; owners and admins change, add and delete them. */
export function AlertRulesPanel({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AlertRulesQuery,
    variables: { organizationId },
    requestPolicy: "cache-and-network",
  });
  const reload = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading alert rules…" />;
    return <ErrorBanner error={error} title="Alert rules could not be loaded" onRetry={reload} />;
  }
  const rules = data.organization?.alertRules;
  const edited = editing && editing !== "new" ? rules?.find((rule) => rule.id === editing.rule) : undefined;

  return (
    <section className="card alert-rules" data-testid="alert-rules">
      <div className="section-heading">
        <h2>Rules</h2>
        {canManage && rules && editing !== "new" && (
          <button type="button" className="secondary" onClick={() => setEditing("new")} data-testid="new-alert-rule">
            New rule
          </button>
        )}
      </div>
      <ErrorBanner error={error} onRetry={reload} />
      {!rules ? (
        <p>
          <Unavailable
            what="Alert rules"
            errors={errorsExplainingNull(graphQLErrorsOf(error), ["organization", "alertRules"])}
            testId="alert-rules-unavailable"
          />
        </p>
      ) : (
        <div className="table-scroll">
          <table className="vm-table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Fires when</th>
                <th scope="col">Severity</th>
                <th scope="col">Status</th>
                {canManage && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <AlertRuleRow
                  key={rule.id}
                  rule={rule}
                  canManage={canManage}
                  onEdit={() => setEditing({ rule: rule.id })}
                  onDeleted={() => {
                    if (editing && editing !== "new" && editing.rule === rule.id) setEditing(null);
                    reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? (
        <p className="hint">
          Default rules can be changed or disabled, not deleted. Changing or disabling a rule resolves its firing
          alerts.
        </p>
      ) : (
        <p className="hint" data-testid="alert-rules-read-only">
          Only owners and admins can change alert rules.
        </p>
      )}
      {canManage && editing === "new" && (
        <AlertRuleForm key="new" organizationId={organizationId} onDone={() => setEditing(null)} />
      )}
      {canManage && edited && (
        <AlertRuleForm key={edited.id} organizationId={organizationId} rule={edited} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}
