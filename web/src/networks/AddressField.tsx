interface AddressFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's message for this field (`extensions.field`), if it refused it. */
  error: string | undefined;
  placeholder?: string;
  disabled?: boolean;
  testId: string;
  /** The field the server names, e.g. "dhcpRange.first": its message is shown as `error-<field>`. */
  field: string;
}

/** One text input of a network form, with the server's refusal beside it. */
export function AddressField({
  id,
  label,
  value,
  onChange,
  error,
  placeholder,
  disabled,
  testId,
  field,
}: AddressFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {error && (
        <span className="field-error" id={errorId} role="alert" data-testid={`error-${field}`}>
          {error}
        </span>
      )}
    </div>
  );
}
