import { nodeEnv, parseEnv } from "@dcx/kit/config";

/**
 * The demo creates users on real companies' domains and gives every customer opening credit: it
 * must never reach a production database.
 */
export class DemoRefusedError extends Error {
  constructor() {
    super(
      "The demo seed refuses to run with NODE_ENV=production: it would create demo users on real " +
        "companies' domains with opening credit. Production databases are only migrated (npm run db:migrate).",
    );
    this.name = "DemoRefusedError";
  }
}

export function isProduction(env: Record<string, string | undefined> = process.env): boolean {
  return parseEnv({ NODE_ENV: nodeEnv() }, env).NODE_ENV === "production";
}

export function assertDemoAllowed(env: Record<string, string | undefined> = process.env): void {
  if (isProduction(env)) throw new DemoRefusedError();
}
