import { z } from "zod";

/** Raised when the environment cannot be parsed; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses environment variables once, at start-up. Nothing else in the platform reads
 * `process.env`: configuration flows from here into the code that needs it.
 */
export function parseEnv<T extends z.ZodRawShape>(
  shape: T,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

/**
 * Ports the Fetch standard calls "bad" (https://fetch.spec.whatwg.org/#bad-port): Node's fetch and
 * browsers refuse to connect to them, so a service listening there would be unreachable although
 * it started.
 */
export const FETCH_BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** A TCP port to listen on: 0 (a free port the system picks) to 65535, never one fetch refuses. */
export const port = (fallback: number) =>
  z.preprocess(
    // An empty variable means "unset", not port 0.
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number()
      .int()
      .min(0)
      .max(65535)
      .refine((value) => !FETCH_BAD_PORTS.has(value), {
        error: (issue) =>
          `port ${String(issue.input)} is refused by fetch (a "bad port" in the Fetch standard); choose another`,
      })
      .default(fallback),
  );

/**
 * Refuses two services on one port, naming the variables: otherwise the second fails to listen
 * and the platform stops with an address-in-use error that names neither. Port 0 may repeat.
 */
export function assertDistinctPorts(ports: Record<string, number>): void {
  const byPort = new Map<number, string[]>();
  for (const [variable, value] of Object.entries(ports)) {
    if (value !== 0) byPort.set(value, [...(byPort.get(value) ?? []), variable]);
  }
  const problems = [...byPort]
    .filter(([, variables]) => variables.length > 1)
    .map(([value, variables]) => `${variables.join(", ")}: all set to port ${value}; each service needs its own port`);
  if (problems.length) throw new ConfigError(problems);
}
export const optionalUrl = () =>
  z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined));
/** `REDIS_URL`: redis:// or rediss:// (TLS); empty means unset. */
export const redisUrl = () =>
  optionalUrl().refine(
    (url) => url === undefined || /^rediss?:\/\//.test(url),
    "must start with redis:// or rediss://",
  );
export const nodeEnv = () => z.enum(["development", "production", "test"]).default("development");

/** `METRICS_TOKEN`: long enough not to be guessed; empty means unset. */
export const metricsToken = () =>
  z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || value.length >= 16, "must be at least 16 characters");
