import { type Clock, systemClock } from "@dcx/kit";
import type { DeliveryReport } from "./sample/sample.types";

/** Everything the subgraph needs besides its database; tests replace any of it. */
export interface TelemetryDeps {
  clock: Clock;
  log: (line: string) => void;
  /** Told after each stored delivery (starts the roll-ups and alert evaluation); must not throw. */
  onDelivered: (report: DeliveryReport) => void;
}

export const DEFAULT_TELEMETRY_DEPS: TelemetryDeps = {
  clock: systemClock,
  log: (line) => console.log(line),
  onDelivered: () => undefined,
};
