import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { type AutoTopUpFormValues, describeCard, parseAutoTopUpForm } from "./auto-top-up-rules";
import type { SavedCardView } from "./SavedCardsPanel";

const SetAutoTopUpMutation = graphql(`
  mutation SetAutoTopUp($input: SetAutoTopUpInput!) {
    setAutoTopUp(input: $input) {
      enabled
    }
  }
`);

interface MoneyView {
  amount: string;
  currency: string;
}

export interface AutoTopUpView {
  card: { id: string; brand: string; maskedNumber: string; expiryMonth: number; expiryYear: number };
  threshold: MoneyView;
  amount: MoneyView;
  minHoursBetween: number;
  monthlyCap: MoneyView;
  usedThisMonth: MoneyView;
  email: string;
  enabled: boolean;
  consecutiveFailures: number;
  disabledReason?: string | null;
  lastAttempt?: {
    reference: string;
    status: string;
    resultDescription?: string | null;
    createdAt: string;
    amount: MoneyView;
  } | null;
}

const FIELDS: { name: keyof AutoTopUpFormValues; label: string; hint?: string }[] = [
  { name: "threshold", label: "When available falls below (rand)" },
  { name: "amount", label: "Top up by (rand)", hint: "R10 to R500 000" },
  { name: "minHoursBetween", label: "At most once every (hours)", hint: "1 to 720" },
  { name: "monthlyCap", label: "At most per calendar month (rand)" },
  { name: "email", label: "Also tell" },
];

/** The automatic top-up: its state (on, or off after failures, with the last attempt) and the rule's form. */
export function AutoTopUpPanel({
  organizationId,
  cards,
  rule,
  mayPay,
  defaultEmail,
  onChanged,
}: {
  organizationId: string;
  cards: SavedCardView[];
  rule: AutoTopUpView | null;
  mayPay: boolean;
  defaultEmail: string;
  onChanged: () => void;
}) {
  const usable = cards.filter((card) => !card.expired);
  const [values, setValues] = useState<AutoTopUpFormValues>(() => ({
    cardId: rule?.card.id ?? usable[0]?.id ?? "",
    threshold: rule?.threshold.amount ?? "",
    amount: rule?.amount.amount ?? "",
    minHoursBetween: String(rule?.minHoursBetween ?? 24),
    monthlyCap: rule?.monthlyCap.amount ?? "",
    email: rule?.email ?? defaultEmail,
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof AutoTopUpFormValues, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(SetAutoTopUpMutation);

  const submit = async (enabled: boolean) => {
    const parsed = parseAutoTopUpForm(values);
    if ("errors" in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaved(false);
    const result = await save({ input: { organizationId, ...parsed.request, enabled } });
    if (result.error) {
      const first = result.error.graphQLErrors[0];
      const field = first?.extensions?.field as keyof AutoTopUpFormValues | undefined;
      if (field && FIELDS.some((f) => f.name === field)) setErrors({ [field]: first!.message });
      else setProblem(first?.message ?? "The wallet could not be reached. Try again.");
      return;
    }
    setProblem(null);
    setSaved(true);
    onChanged();
  };

  return (
    <section className="card auto-top-up" data-testid="auto-top-up" aria-labelledby="auto-top-up-title">
      <h2 id="auto-top-up-title">Automatic top-up</h2>
      <RuleState rule={rule} />
      {!mayPay ? (
        <p className="hint">Only owners, admins and billing users can set the automatic top-up.</p>
      ) : usable.length === 0 ? (
        <p className="placeholder">Save a card on a top-up first: the automatic top-up charges a saved card.</p>
      ) : (
        <form
          className="auto-top-up-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit(true);
          }}
        >
          <div className="field">
            <label htmlFor="auto-top-up-card">Card</label>
            <select
              id="auto-top-up-card"
              value={values.cardId}
              onChange={(event) => setValues({ ...values, cardId: event.target.value })}
              aria-invalid={errors.cardId ? true : undefined}
              aria-describedby={errors.cardId ? "auto-top-up-card-error" : undefined}
            >
              {usable.map((card) => (
                <option key={card.id} value={card.id}>
                  {describeCard(card)}
                </option>
              ))}
            </select>
            {errors.cardId && (
              <p className="field-error" id="auto-top-up-card-error">
                {errors.cardId}
              </p>
            )}
          </div>
          {FIELDS.map((field) => {
            const id = `auto-top-up-${field.name}`;
            const error = errors[field.name];
            const described = [field.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
            return (
              <div className="field" key={field.name}>
                <label htmlFor={id}>{field.label}</label>
                <input
                  id={id}
                  type={field.name === "email" ? "email" : "text"}
                  inputMode={
                    field.name === "email" ? "email" : field.name === "minHoursBetween" ? "numeric" : "decimal"
                  }
                  value={values[field.name]}
                  onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={described || undefined}
                  data-testid={id}
                />
                {field.hint && (
                  <span className="hint" id={`${id}-hint`}>
                    {field.hint}
                  </span>
                )}
                {error && (
                  <p className="field-error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          {saved && (
            <p className="saved-card-message good" role="status" data-testid="auto-top-up-saved">
              Saved.
            </p>
          )}
          <div className="auto-top-up-actions">
            <button type="submit" className="primary" disabled={fetching} data-testid="auto-top-up-save">
              {rule?.enabled ? "Save the rule" : "Turn on automatic top-up"}
            </button>
            {rule?.enabled && (
              <button type="button" className="secondary" disabled={fetching} onClick={() => void submit(false)}>
                Turn off
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function RuleState({ rule }: { rule: AutoTopUpView | null }) {
  if (!rule) return <p className="placeholder">Off: no rule is set.</p>;
  const last = rule.lastAttempt;
  return (
    <div className="auto-top-up-state" data-testid="auto-top-up-state">
      <p>
        <span className={rule.enabled ? "pill auto-on" : "pill auto-off"}>{rule.enabled ? "On" : "Off"}</span> When
        available falls below {formatMoneyValue(rule.threshold)}, top up {formatMoneyValue(rule.amount)} from{" "}
        {describeCard(rule.card)}; at most once every {rule.minHoursBetween} h and {formatMoneyValue(rule.monthlyCap)} a
        month ({formatMoneyValue(rule.usedThisMonth)} used this month).
      </p>
      {rule.disabledReason && (
        <p className="field-error" data-testid="auto-top-up-disabled-reason">
          {rule.disabledReason}
        </p>
      )}
      {rule.consecutiveFailures > 0 && rule.enabled && (
        <p className="hint">Failures in a row: {rule.consecutiveFailures} (the third turns it off).</p>
      )}
      <p className="hint" data-testid="auto-top-up-last-attempt">
        {last
          ? `Last attempt ${formatDateTime(last.createdAt)}: ${formatMoneyValue(last.amount)} ${last.status.toLowerCase()}` +
            `${last.resultDescription ? ` (${last.resultDescription})` : ""}, ${last.reference}`
          : "No attempt yet."}
      </p>
    </div>
  );
}
