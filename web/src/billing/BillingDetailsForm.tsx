import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";

const UpdateBillingDetailsMutation = graphql(`
  mutation UpdateBillingDetails($organizationId: ID!, $billingAddress: String, $vatNumber: String) {
    updateBillingDetails(organizationId: $organizationId, billingAddress: $billingAddress, vatNumber: $vatNumber) {
      id
      billingAddress
      vatNumber
    }
  }
`);

interface BillingDetails {
  billingAddress: string;
  vatNumber: string;
}

interface BillingDetailsFormProps {
  organizationId: string;
  initial: BillingDetails;
  onDone: () => void;
}

/**
 * Edits the address (one line per line of the invoice) and the VAT number. The rules (1–6 lines,
 * 10 digits starting with 4) are the server's: its message is shown at the field it names. An
 * empty field clears the value.
 */
export function BillingDetailsForm({ organizationId, initial, onDone }: BillingDetailsFormProps) {
  const [details, setDetails] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateBillingDetailsMutation);

  const submit = async () => {
    setErrors({});
    setProblem(null);
    const result = await update({ organizationId, ...details });
    if (!result.error) return onDone();
    const { fields, other } = fieldErrorsOf(result.error);
    setErrors(fields);
    setProblem(other.length > 0 ? other.join("; ") : null);
  };

  const change = (field: keyof BillingDetails, value: string) => {
    setDetails({ ...details, [field]: value });
    setErrors({ ...errors, [field]: "" });
  };

  return (
    <form
      className="billing-details-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor="billing-address-input">Billing address (1–6 lines)</label>
        <textarea
          id="billing-address-input"
          rows={5}
          value={details.billingAddress}
          onChange={(event) => change("billingAddress", event.target.value)}
          aria-invalid={errors["billingAddress"] ? true : undefined}
          aria-describedby={errors["billingAddress"] ? "billing-address-error" : undefined}
          data-testid="billing-address-input"
        />
        {errors["billingAddress"] && (
          <span id="billing-address-error" className="field-error" role="alert">
            {errors["billingAddress"]}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="vat-number-input">VAT number (leave empty if not VAT-registered)</label>
        <input
          id="vat-number-input"
          inputMode="numeric"
          value={details.vatNumber}
          onChange={(event) => change("vatNumber", event.target.value)}
          aria-invalid={errors["vatNumber"] ? true : undefined}
          aria-describedby={errors["vatNumber"] ? "vat-number-error" : undefined}
          data-testid="vat-number-input"
        />
        {errors["vatNumber"] && (
          <span id="vat-number-error" className="field-error" role="alert" data-testid="vat-number-error">
            {errors["vatNumber"]}
          </span>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="secondary" disabled={fetching} data-testid="billing-details-save">
          {fetching ? "Saving…" : "Save details"}
        </button>
        <button type="button" className="secondary" onClick={onDone} disabled={fetching}>
          Cancel
        </button>
      </div>
    </form>
  );
}
