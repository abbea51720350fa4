import type { FormattedExecutionResult } from "graphql";
import { responseTooLarge } from "./limit-errors";

/**
 * Apollo Server's `stringifyResult` with a cap: a body above `maxBytes` is replaced by one
 * RESPONSE_TOO_LARGE error instead of being sent (the cost limits keep such bodies rare and
 * bounded; this is the last guard against a client receiving hundreds of megabytes).
 */
export function cappedStringify(maxBytes: number, log: (entry: Record<string, unknown>) => void = defaultLog) {
  return (result: FormattedExecutionResult): string => {
    const body = `${JSON.stringify(result)}\n`;
    // UTF-16 length ≥ UTF-8 bytes / 3: only count bytes when the body could be over the cap.
    if (body.length * 3 <= maxBytes) return body;
    const bytes = Buffer.byteLength(body);
    if (bytes <= maxBytes) return body;
    log({ level: "warn", event: "response too large", bytes, maxBytes });
    const { message, extensions } = responseTooLarge(maxBytes);
    return `${JSON.stringify({ errors: [{ message, extensions }] })}\n`;
  };
}

const defaultLog = (entry: Record<string, unknown>) => console.error(JSON.stringify(entry));
