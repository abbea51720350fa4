import { createLogger, type Logger } from "./logger";
import { ServiceMetrics } from "./metrics";
import type { Observability } from "./request-observer";

export * from "./logger";
export * from "./metrics";
export * from "./metrics-route";
export * from "./operation-label";
export * from "./request-observer";
export * from "./tracing";

/**
 * A service's logger and metrics. `processMetrics`: also CPU, memory, event loop and GC of the
 * process, which only the process's main service should report.
 */
export function createObservability(
  service: string,
  options: { processMetrics?: boolean; logger?: Logger } = {},
): Observability {
  return { service, logger: options.logger ?? createLogger(service), metrics: new ServiceMetrics(service, options) };
}

/** The `{ level, ...fields }` entries the error masking writes, as log lines of `logger`. */
export const entryLogger =
  (logger: Logger) =>
  ({ level, ...fields }: Record<string, unknown>): void => {
    const method = level === "warn" || level === "info" ? level : "error";
    logger[method](fields, typeof fields.event === "string" ? fields.event : "error");
  };
