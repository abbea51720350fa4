import { type WindowKey, WINDOW_CHOICES } from "./telemetry-windows";

/** The chart window: 1 h, 24 h, 7 d or 30 d; the pressed button is the window shown. */
export function WindowPicker(props: { value: WindowKey; onChange: (key: WindowKey) => void }) {
  return (
    <div className="window-picker" role="group" aria-label="Chart window">
      {WINDOW_CHOICES.map(({ key, preset, label }) => (
        <button
          key={key}
          type="button"
          aria-pressed={key === props.value}
          onClick={() => props.onChange(key)}
          data-testid={`telemetry-window-${preset}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
