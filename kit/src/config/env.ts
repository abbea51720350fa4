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

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const optionalUrl = () =>
  z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined));
export const nodeEnv = () => z.enum(["development", "production", "test"]).default("development");
