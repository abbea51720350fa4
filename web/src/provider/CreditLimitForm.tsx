import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { formatMoney, formatMoneyValue, type MoneyValue } from "../money";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { ConfirmStep } from "./ConfirmStep";
import { FormField } from "./FormField";
import { parseRandAmount } from "./provider-rules";

const SetCreditLimitMutation = graphql(`
  mutation SetCreditLimit($organizationId: ID!, $amount: Decimal!) {
    setCreditLimit(organizationId: $organizationId, amount: $amount) {
      amount
      currency
    }
  }
`);

interface CreditLimitFormProps {
  organizationId: string;
  name: string;
  current: MoneyValue;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/**
 * How far below zero the organisation's available money may go, confirmed before it is sent.
 * Setting a limit twice to the same amount changes nothing, so no idempotency key is needed.
 */
export function CreditLimitForm({ organizationId, name, current, onCancel, onDone }: CreditLimitFormProps) {
  const [amountText, setAmountText] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [review, setReview] = useState<string | null>(null);
  const [{ fetching, error }, setCreditLimit] = useMutation(SetCreditLimitMutation);
  const refused = fieldErrorsOf(error);

  const check = () => {
    const parsed = parseRandAmount(amountText, { allowZero: true });
    setProblem("problem" in parsed ? parsed.problem : undefined);
    if ("amount" in parsed) setReview(parsed.amount);
  };

  const confirm = async () => {
    if (review === null) return;
    const result = await setCreditLimit({ organizationId, amount: review }, { additionalTypenames: ["Wallet"] });
    if (result.data) onDone(`${name}'s credit limit is now ${formatMoneyValue(result.data.setCreditLimit)}.`);
  };

  if (review !== null) {
    return (
      <ConfirmStep
        question={`Change ${name}'s credit limit from ${formatMoneyValue(current)} to ${formatMoney(review, current.currency)}?`}
        confirmLabel={`Set limit to ${formatMoney(review, current.currency)}`}
        busy={fetching}
        refusal={[...Object.values(refused.fields), ...refused.other].join(" ")}
        onConfirm={() => void confirm()}
        onBack={() => setReview(null)}
        testId="confirm-credit-limit"
      />
    );
  }
  return (
    <form
      className="provider-form credit-form"
      data-testid="credit-limit-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
    >
      <FormField
        id={`credit-limit-${organizationId}`}
        label={`New credit limit for ${name}, rand`}
        value={amountText}
        onChange={setAmountText}
        error={problem ?? refused.fields.amount}
        inputMode="decimal"
        placeholder={current.amount}
        hint={`Now ${formatMoneyValue(current)}; 0 allows no spending beyond the balance.`}
        testId="credit-limit-amount"
        errorTestId="error-amount"
      />
      <div className="button-row">
        <button type="submit" className="primary" data-testid="review-credit-limit">
          Review limit
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
