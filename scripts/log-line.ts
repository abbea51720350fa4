/**
 * The services write one JSON object per line (pino). For a person watching `npm start`, each
 * becomes `HH:MM:SS level message (key fields)`; a line that is not such an object passes as it
 * is. `LOG_FORMAT=json` keeps the raw lines (for a log shipper reading the launcher's output).
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith("{")) return line;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 19) : "";
  const level = typeof entry.level === "string" && entry.level !== "info" ? ` ${entry.level.toUpperCase()}` : "";
  if (entry.event === "request") return `${time}${level} ${describeRequest(entry)}`;
  const { time: _t, level: _l, service: _s, msg, ...rest } = entry;
  const extra = Object.keys(rest).length && (level || msg === undefined) ? ` ${JSON.stringify(rest)}` : "";
  return `${time}${level} ${String(msg ?? "")}${extra}`;
}

function describeRequest(entry: Record<string, unknown>): string {
  const operation = `${entry.operationType ?? "request"} ${entry.operation ?? "(anonymous)"}`;
  const who = entry.organizationId
    ? ` org ${entry.organizationId}`
    : entry.callingService
      ? ` from ${entry.callingService}`
      : "";
  const errors = Array.isArray(entry.errors) ? ` errors ${entry.errors.join(",")}` : "";
  return `${operation} ${entry.status} ${entry.ms} ms${who}${errors} [${entry.requestId}]`;
}
