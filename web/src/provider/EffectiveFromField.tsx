import { FormField } from "./FormField";
import { browserTimeZone } from "../format";

interface EffectiveFromFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** When a change takes effect, typed on the browser's clock; the zone is named so nobody guesses. */
export function EffectiveFromField({ id, value, onChange, error }: EffectiveFromFieldProps) {
  return (
    <FormField
      id={id}
      label="Takes effect"
      type="datetime-local"
      value={value}
      onChange={onChange}
      error={error}
      hint={`Time in ${browserTimeZone()}`}
      testId={id}
      errorTestId={`${id}-error`}
    />
  );
}
