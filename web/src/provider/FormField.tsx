import type { HTMLAttributes } from "react";

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value: the page's own check or the server's refusal of the field. */
  error: string | undefined;
  placeholder?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  type?: "text" | "datetime-local";
  hint?: string;
  testId: string;
  errorTestId: string;
}

/** A labelled input with its hint and its error, tied to it for screen readers. */
export function FormField({
  id,
  label,
  value,
  onChange,
  error,
  placeholder,
  inputMode,
  type = "text",
  hint,
  testId,
  errorTestId,
}: FormFieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={Boolean(error)}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert" data-testid={errorTestId}>
          {error}
        </span>
      )}
    </div>
  );
}
