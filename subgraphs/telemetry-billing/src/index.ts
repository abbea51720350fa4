import type { SubgraphDefinition } from "@dcx/kit";
import { createTelemetryContext, type TelemetryContext } from "./context";
import { telemetryTables } from "./db/schema";
import { buildTelemetrySchema } from "./schema";

export const telemetryBillingSubgraph: SubgraphDefinition<typeof telemetryTables, TelemetryContext> = {
  name: "telemetry-billing",
  defaultPort: 4005,
  tables: telemetryTables,
  buildSchema: buildTelemetrySchema,
  createContext: createTelemetryContext,
};

export { recordSamples } from "./sample/sample.service";
export type { VmSample } from "./sample/sample.store";
export type { TelemetryDb } from "./db/telemetry-db";
