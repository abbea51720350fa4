import pino from "pino";

export type Logger = pino.Logger;

/**
 * Keys whose values never reach a log line, at the depths entries nest: credentials, anything a
 * caller could replay, and GraphQL variables (a sign-in code or an address travels in them).
 * pino replaces them before the line is written. (`code` stays readable: error codes are.)
 */
const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "password",
  "secret",
  "token",
  "accessToken",
  "refreshToken",
  "apiKey",
  "privateKey",
  "variables",
  "x-dcx-gateway-token",
  "x-dcx-service-token",
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const property = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [property.slice(property.startsWith(".") ? 1 : 0), `*${property}`, `*.*${property}`];
});

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** `LOG_LEVEL`, else `info`; test runs default to `warn` so request lines do not drown their output. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): pino.Level | "silent" {
  const wanted = env.LOG_LEVEL?.toLowerCase();
  if (wanted && (LEVELS as readonly string[]).includes(wanted)) return wanted as pino.Level;
  return env.VITEST ? "warn" : "info";
}

/**
 * One JSON object per line (pino) for the service `service`: time, level, service, then the
 * entry's own fields. `destination` is for tests; services write to stdout.
 */
export function createLogger(
  service: string,
  options: { level?: pino.Level | "silent"; destination?: pino.DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? logLevelFromEnv(),
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    options.destination,
  );
}

/** The `(line) => void` shape older collaborators take, writing info lines to `logger`. */
export const lineLogger =
  (logger: Logger) =>
  (line: string): void =>
    logger.info(line);
