import { createLogger, type Logger } from "../observability/logger";

export interface CapturedLog {
  logger: Logger;
  /** Every line written so far, parsed. */
  entries(): Record<string, unknown>[];
  /** The raw text written so far (to assert something never appears anywhere). */
  text(): string;
}

/** A service logger at `info` whose lines are kept in memory for a test to read. */
export function captureLog(service: string): CapturedLog {
  const lines: string[] = [];
  const logger = createLogger(service, { level: "info", destination: { write: (line: string) => lines.push(line) } });
  return {
    logger,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => lines.join(""),
  };
}
