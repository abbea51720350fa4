import { AddressField } from "./AddressField";
import type { LayoutText } from "./network-layout";

type RangeKey = "dhcpFirst" | "dhcpLast" | "staticFirst" | "staticLast";

interface RangeFieldsProps {
  /** Prefixes the inputs' ids, so two forms on a page stay apart. */
  idPrefix: string;
  text: LayoutText;
  onChange: (key: RangeKey, value: string) => void;
  /** The server's refusals by field ("dhcpRange", "staticRange.last", …). */
  errors: Readonly<Record<string, string>>;
  disabled?: boolean;
}

const RANGES = [
  { range: "dhcpRange", label: "DHCP range", first: "dhcpFirst", last: "dhcpLast", testId: "dhcp" },
  { range: "staticRange", label: "Static range", first: "staticFirst", last: "staticLast", testId: "static" },
] as const;

/** The first and last address of the DHCP and static ranges, with each range's own refusal. */
export function RangeFields({ idPrefix, text, onChange, errors, disabled }: RangeFieldsProps) {
  return (
    <>
      {RANGES.map(({ range, label, first, last, testId }) => (
        <fieldset key={range} className="network-range-fields">
          <legend>{label}</legend>
          <div className="field-row">
            <AddressField
              id={`${idPrefix}-${testId}-first`}
              label="First address"
              value={text[first]}
              onChange={(value) => onChange(first, value)}
              error={errors[`${range}.first`]}
              disabled={disabled}
              testId={`${testId}-first`}
              field={`${range}.first`}
            />
            <AddressField
              id={`${idPrefix}-${testId}-last`}
              label="Last address"
              value={text[last]}
              onChange={(value) => onChange(last, value)}
              error={errors[`${range}.last`]}
              disabled={disabled}
              testId={`${testId}-last`}
              field={`${range}.last`}
            />
          </div>
          {errors[range] && (
            <p className="field-error" role="alert" data-testid={`error-${range}`}>
              {errors[range]}
            </p>
          )}
        </fieldset>
      ))}
    </>
  );
}
