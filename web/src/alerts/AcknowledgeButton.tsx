import { useMutation } from "urql";
import { graphql } from "../gql";

const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      id
      acknowledgement {
        at
        actorKind
        actorId
      }
    }
  }
`);

/** Says "someone is on it"; the answer refreshes the firing list, which then names who and when. */
export function AcknowledgeButton({
  alertId,
  ruleName,
  vmName,
}: {
  alertId: string;
  ruleName: string;
  vmName: string;
}) {
  const [{ fetching, error }, acknowledge] = useMutation(AcknowledgeAlertMutation);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={fetching}
        onClick={() => void acknowledge({ id: alertId })}
        aria-label={`Acknowledge ${ruleName} on ${vmName}`}
        data-testid="acknowledge-alert"
      >
        {fetching ? "Acknowledging…" : "Acknowledge"}
      </button>
      {error && (
        <span className="field-error" role="alert" data-testid="acknowledge-error">
          {error.graphQLErrors[0]?.message ?? "The acknowledgement could not be sent. Try again."}
        </span>
      )}
    </>
  );
}
