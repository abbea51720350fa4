import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { formatMoney } from "../money";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { ConfirmStep } from "./ConfirmStep";
import { FormField } from "./FormField";
import { newEntryKey, parseRandAmount } from "./provider-rules";

const GrantCreditMutation = graphql(`
  mutation GrantCredit($organizationId: ID!, $amount: Decimal!, $description: String!, $idempotencyKey: String!) {
    grantCredit(
      organizationId: $organizationId
      amount: $amount
      description: $description
      idempotencyKey: $idempotencyKey
    ) {
      id
      amount {
        amount
        currency
      }
    }
  }
`);

interface GrantCreditFormProps {
  organizationId: string;
  name: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/**
 * Credit for an organisation: an amount and the reason, confirmed before it is sent. The request
 * keeps one idempotency key until the wallet answers it, so confirming twice (or retrying after a
 * lost answer) grants once.
 */
export function GrantCreditForm({ organizationId, name, onCancel, onDone }: GrantCreditFormProps) {
  const [amountText, setAmountText] = useState("");
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<{ amount?: string; description?: string }>({});
  const [review, setReview] = useState<{ amount: string; reason: string; key: string } | null>(null);
  const [{ fetching, error }, grantCredit] = useMutation(GrantCreditMutation);
  const refused = fieldErrorsOf(error);

  const check = () => {
    const parsed = parseRandAmount(amountText, { allowZero: false });
    const found = {
      ...("problem" in parsed ? { amount: parsed.problem } : {}),
      ...(reason.trim() ? {} : { description: "Enter the reason" }),
    };
    setProblems(found);
    if ("problem" in parsed || found.description) return;
    const same = review && review.amount === parsed.amount && review.reason === reason.trim();
    setReview(same ? review : { amount: parsed.amount, reason: reason.trim(), key: newEntryKey("grant") });
  };

  const confirm = async () => {
    if (!review) return;
    const result = await grantCredit(
      { organizationId, amount: review.amount, description: review.reason, idempotencyKey: review.key },
      { additionalTypenames: ["Wallet"] },
    );
    if (result.data) onDone(`Granted ${formatMoney(review.amount, "ZAR")} of credit to ${name}.`);
  };

  const errors = { ...refused.fields, ...problems };

  if (review) {
    return (
      <ConfirmStep
        question={`Grant ${formatMoney(review.amount, "ZAR")} of credit to ${name}, for "${review.reason}"?`}
        confirmLabel={`Grant ${formatMoney(review.amount, "ZAR")}`}
        busy={fetching}
        refusal={[...Object.values(refused.fields), ...refused.other].join(" ")}
        onConfirm={() => void confirm()}
        onBack={() => setReview(null)}
        testId="confirm-grant"
      />
    );
  }
  return (
    <form
      className="provider-form credit-form"
      data-testid="grant-credit-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
    >
      <div className="field-row">
        <FormField
          id={`grant-amount-${organizationId}`}
          label={`Credit for ${name}, rand`}
          value={amountText}
          onChange={setAmountText}
          error={errors.amount}
          inputMode="decimal"
          placeholder="e.g. 1000.00"
          testId="grant-amount"
          errorTestId="error-amount"
        />
        <FormField
          id={`grant-reason-${organizationId}`}
          label="Reason (on the wallet's statement)"
          value={reason}
          onChange={setReason}
          error={errors.description}
          placeholder="e.g. Goodwill for the outage on 3 March"
          testId="grant-reason"
          errorTestId="error-description"
        />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" data-testid="review-grant">
          Review grant
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
