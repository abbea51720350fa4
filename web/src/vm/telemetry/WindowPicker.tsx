import type { MetricWindowPreset } from "../../gql/graphql";
import { WINDOW_PRESETS } from "./telemetry-windows";

/** The chart window: 1 h, 24 h, 7 d or 30 d. */
export function WindowPicker(props: { value: MetricWindowPreset; onChange: (preset: MetricWindowPreset) => void }) {
  return (
    <div className="window-picker" role="group" aria-label="Chart window">
      {WINDOW_PRESETS.map(({ preset, label }) => (
        <button
          key={preset}
          type="button"
          aria-pressed={preset === props.value}
          onClick={() => props.onChange(preset)}
          data-testid={`telemetry-window-${preset}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
