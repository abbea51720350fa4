import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { EffectiveFromField } from "./EffectiveFromField";
import { FormField } from "./FormField";
import { localDateTimeToIso, parseUnitPrice, startOfNextMonth } from "./provider-rules";

const SetProductPriceMutation = graphql(`
  mutation SetProductPrice($sku: String!, $unitPrice: Decimal!, $effectiveFrom: DateTimeISO!) {
    setProductPrice(sku: $sku, unitPrice: $unitPrice, effectiveFrom: $effectiveFrom) {
      sku
      unitPrice {
        amount
        currency
      }
      effectiveFrom
    }
  }
`);

interface SchedulePriceFormProps {
  products: readonly { sku: string; name: string }[];
  /** After a price was scheduled: the catalog is read again. */
  onScheduled: () => void;
}

/** A new price for a product from a moment on (now or later, after its latest price): the catalog only adds. */
export function SchedulePriceForm({ products, onScheduled }: SchedulePriceFormProps) {
  const [sku, setSku] = useState(products[0]?.sku ?? "");
  const [price, setPrice] = useState("");
  const [effectiveFrom, setEffectiveFrom] = useState(() => startOfNextMonth(new Date()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [{ fetching, error }, setProductPrice] = useMutation(SetProductPriceMutation);
  const refused = fieldErrorsOf(error);
  const errors = { ...refused.fields, ...problems };

  const submit = async () => {
    const parsed = parseUnitPrice(price);
    const instant = localDateTimeToIso(effectiveFrom);
    const local: Record<string, string> = {};
    if ("problem" in parsed) local.unitPrice = parsed.problem;
    if (!instant) local.effectiveFrom = "Enter a date and time";
    setProblems(local);
    if ("problem" in parsed || !instant) return;
    const result = await setProductPrice({ sku, unitPrice: parsed.amount, effectiveFrom: instant });
    if (result.data) {
      setPrice("");
      onScheduled();
    }
  };

  return (
    <form
      className="provider-form"
      data-testid="schedule-price-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>Schedule a price change</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="price-sku">Product</label>
          <select id="price-sku" value={sku} onChange={(event) => setSku(event.target.value)} data-testid="price-sku">
            {products.map((product) => (
              <option key={product.sku} value={product.sku}>
                {product.name} ({product.sku})
              </option>
            ))}
          </select>
          {errors.sku && (
            <span className="field-error" role="alert" data-testid="error-sku">
              {errors.sku}
            </span>
          )}
        </div>
        <FormField
          id="price-amount"
          label="New price, rand excl. VAT"
          value={price}
          onChange={setPrice}
          error={errors.unitPrice}
          placeholder="e.g. 0.450000"
          inputMode="decimal"
          testId="price-amount"
          errorTestId="error-unitPrice"
        />
        <EffectiveFromField
          id="price-effective-from"
          value={effectiveFrom}
          onChange={setEffectiveFrom}
          error={errors.effectiveFrom}
        />
      </div>
      {refused.other.length > 0 && (
        <p className="field-error" role="alert" data-testid="schedule-price-error">
          {refused.other.join(" ")}
        </p>
      )}
      <button type="submit" className="primary" disabled={fetching || !sku} data-testid="schedule-price">
        {fetching ? "Scheduling…" : "Schedule price"}
      </button>
    </form>
  );
}
