import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";

const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($id: ID!) {
    deleteAlertRule(id: $id)
  }
`);

/** Deletes a custom rule after a second click; the server refuses default rules (disable those). */
export function DeleteRuleButton(props: { ruleId: string; ruleName: string; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, deleteRule] = useMutation(DeleteAlertRuleMutation);

  const confirm = async () => {
    const result = await deleteRule({ id: props.ruleId });
    if (!result.error) props.onDeleted();
    setConfirming(false);
  };

  return (
    <>
      {confirming ? (
        <>
          <button
            type="button"
            className="danger"
            disabled={fetching}
            onClick={() => void confirm()}
            data-testid="confirm-delete-alert-rule"
          >
            {fetching ? "Deleting…" : `Delete “${props.ruleName}”`}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirming(true)}
          aria-label={`Delete ${props.ruleName}`}
          data-testid="delete-alert-rule"
        >
          Delete
        </button>
      )}
      {error && (
        <span className="field-error" role="alert" data-testid="delete-alert-rule-error">
          {error.graphQLErrors[0]?.message ?? "The rule could not be deleted. Try again."}
        </span>
      )}
    </>
  );
}
