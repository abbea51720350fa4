import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { parseBudgetAmount } from "./budget";

const SetMonthlyBudgetMutation = graphql(`
  mutation SetMonthlyBudget($organizationId: ID!, $amount: Decimal) {
    setMonthlyBudget(organizationId: $organizationId, amount: $amount) {
      month
    }
  }
`);

interface BudgetFormProps {
  organizationId: string;
  hasBudget: boolean;
  /** The budget changed: the month's figures are read again. */
  onSaved: () => void;
}

/**
 * Sets, changes or removes the budget. A typed amount that is not a positive rand amount is
 * flagged here; anything the server refuses (its upper limit) is shown at the field it names.
 */
export function BudgetForm({ organizationId, hasBudget, onSaved }: BudgetFormProps) {
  const [text, setText] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, setBudget] = useMutation(SetMonthlyBudgetMutation);

  const send = async (amount: string | null) => {
    setFieldError(null);
    setProblem(null);
    setSaved(null);
    const result = await setBudget({ organizationId, amount });
    if (result.error) {
      const { fields, other } = fieldErrorsOf(result.error);
      setFieldError(fields["amount"] ?? null);
      setProblem(other.length > 0 ? other.join("; ") : null);
      return;
    }
    setText("");
    setSaved(amount === null ? "The budget was removed." : "The budget was saved.");
    onSaved();
  };

  const submit = () => {
    const parsed = parseBudgetAmount(text);
    if ("error" in parsed) {
      setSaved(null);
      setFieldError(parsed.error);
      return;
    }
    void send(parsed.amount);
  };

  return (
    <form
      className="budget-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor="budget-amount-input">
          {hasBudget ? "New monthly budget" : "Monthly budget"} (rand, VAT included)
        </label>
        <input
          id="budget-amount-input"
          inputMode="decimal"
          placeholder="e.g. 15000.00"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setFieldError(null);
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "budget-amount-error" : undefined}
          data-testid="budget-input"
        />
        {fieldError && (
          <span id="budget-amount-error" className="field-error" role="alert" data-testid="budget-error">
            {fieldError}
          </span>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="secondary" disabled={fetching} data-testid="budget-save">
          {hasBudget ? "Change budget" : "Set budget"}
        </button>
        {hasBudget && (
          <button
            type="button"
            className="secondary"
            disabled={fetching}
            onClick={() => void send(null)}
            data-testid="budget-remove"
          >
            Remove budget
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="budget-problem">
          {problem}
        </p>
      )}
      {saved && (
        <p className="hint" role="status" data-testid="budget-saved">
          {saved}
        </p>
      )}
    </form>
  );
}
