import { useState } from "react";
import { useMutation } from "urql";
import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { EffectiveFromField } from "./EffectiveFromField";
import { FormField } from "./FormField";
import { formatRate, localDateTimeToIso, percentToRate, startOfNextMonth } from "./provider-rules";
import { ScheduledVatRates } from "./ScheduledChanges";

export const VatPanel_VatRateFragment = graphql(`
  fragment VatPanel_VatRateFragment on VatRate {
    rate
    effectiveFrom
  }
`);

const SetVatRateMutation = graphql(`
  mutation SetVatRate($rate: Decimal!, $effectiveFrom: DateTimeISO!) {
    setVatRate(rate: $rate, effectiveFrom: $effectiveFrom) {
      rate
      effectiveFrom
    }
  }
`);

interface VatPanelProps {
  vatRate: FragmentType<typeof VatPanel_VatRateFragment>;
  /** Rates scheduled after now, the soonest first. */
  upcoming: readonly { rate: string; effectiveFrom: string }[];
  /** After a rate was scheduled: the catalog is read again. */
  onScheduled: () => void;
  /** Provider owners and admins: the catalog refuses anyone else. */
  mayChange: boolean;
}

/** The VAT rate in force and, for those who may, a new rate from a date on (never in the past). */
export function VatPanel({ mayChange, upcoming, onScheduled, ...props }: VatPanelProps) {
  const current = getFragmentData(VatPanel_VatRateFragment, props.vatRate);
  const [percent, setPercent] = useState("");
  const [effectiveFrom, setEffectiveFrom] = useState(() => startOfNextMonth(new Date()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [{ fetching, error }, setVatRate] = useMutation(SetVatRateMutation);
  const refused = fieldErrorsOf(error);
  const errors = { ...refused.fields, ...problems };

  const submit = async () => {
    const parsed = percentToRate(percent);
    const instant = localDateTimeToIso(effectiveFrom);
    const local: Record<string, string> = {};
    if ("problem" in parsed) local.rate = parsed.problem;
    if (!instant) local.effectiveFrom = "Enter a date and time";
    setProblems(local);
    if ("problem" in parsed || !instant) return;
    const result = await setVatRate({ rate: parsed.rate, effectiveFrom: instant });
    if (result.data?.setVatRate) {
      setPercent("");
      onScheduled();
    }
  };

  return (
    <section className="card" data-testid="vat-panel">
      <h2>VAT</h2>
      <p data-testid="vat-current">
        <strong>{formatRate(current.rate)}</strong> since {formatDateTime(current.effectiveFrom)}
      </p>
      <ScheduledVatRates rates={upcoming} />
      {mayChange && (
        <form
          className="provider-form"
          data-testid="schedule-vat-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h3>Schedule a new rate</h3>
          <div className="field-row">
            <FormField
              id="vat-percent"
              label="Rate in percent"
              value={percent}
              onChange={setPercent}
              error={errors.rate}
              placeholder="e.g. 15"
              inputMode="decimal"
              testId="vat-percent"
              errorTestId="error-rate"
            />
            <EffectiveFromField
              id="vat-effective-from"
              value={effectiveFrom}
              onChange={setEffectiveFrom}
              error={errors.effectiveFrom}
            />
          </div>
          {refused.other.length > 0 && (
            <p className="field-error" role="alert" data-testid="schedule-vat-error">
              {refused.other.join(" ")}
            </p>
          )}
          <button type="submit" className="primary" disabled={fetching} data-testid="schedule-vat">
            {fetching ? "Scheduling…" : "Schedule VAT rate"}
          </button>
        </form>
      )}
    </section>
  );
}
