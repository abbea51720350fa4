import { type Clock, systemClock } from "@dcx/kit";
import type { InvoicePartySource } from "./billing/invoice/invoice-parties.client";
import type { DeliveryReport } from "./sample/sample.types";

/** Everything the subgraph needs besides its database; tests replace any of it. */
export interface TelemetryDeps {
  clock: Clock;
  log: (line: string) => void;
  /** Told after each stored delivery (starts the roll-ups and alert evaluation); must not throw. */
  onDelivered: (report: DeliveryReport) => void;
  /** Tenancy's invoice parties: checks that a commission is set for a reseller (null: not checked). */
  invoiceParties?: InvoicePartySource | null;
}

export const DEFAULT_TELEMETRY_DEPS: TelemetryDeps = {
  clock: systemClock,
  log: (line) => console.log(line),
  onDelivered: () => undefined,
};
