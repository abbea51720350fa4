import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { isDomainName } from "./email-address";

/** What nodemailer needs to sign each message (RFC 6376), in its own option names. */
export interface DkimSettings {
  /** `d=`: the domain whose DNS publishes the public key, e.g. `dcx.cloud`. */
  domainName: string;
  /** `s=`: the key's selector; the public key lives at `<selector>._domainkey.<domain>`. */
  keySelector: string;
  /** The RSA private key, PEM. */
  privateKey: string;
}

export const DKIM_VARIABLES = ["SMTP_DKIM_DOMAIN", "SMTP_DKIM_SELECTOR", "SMTP_DKIM_PRIVATE_KEY_FILE"] as const;

/** One or more DNS labels: letters, digits, inner hyphens. */
const SELECTOR = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * DKIM signing from `SMTP_DKIM_DOMAIN`, `SMTP_DKIM_SELECTOR` and `SMTP_DKIM_PRIVATE_KEY_FILE`: all
 * three or none. The key file is read and checked here, at start, so a missing or unusable key
 * stops the service instead of failing its first message. Problems are returned, not thrown, so
 * the caller lists them with the other mail settings' problems.
 */
export function readDkimSettings(env: Record<string, string | undefined>): {
  dkim: DkimSettings | undefined;
  problems: string[];
} {
  const missing = DKIM_VARIABLES.filter((name) => !env[name]);
  if (missing.length === DKIM_VARIABLES.length) return { dkim: undefined, problems: [] };
  if (missing.length > 0) {
    return {
      dkim: undefined,
      problems: missing.map((name) => `${name}: required when any SMTP_DKIM_* variable is set`),
    };
  }
  const domainName = env.SMTP_DKIM_DOMAIN!.toLowerCase();
  const keySelector = env.SMTP_DKIM_SELECTOR!;
  const problems: string[] = [];
  if (!isDomainName(domainName)) problems.push("SMTP_DKIM_DOMAIN: must be a domain name such as dcx.cloud");
  if (!SELECTOR.test(keySelector)) problems.push("SMTP_DKIM_SELECTOR: must be a DNS label such as mail2026");
  const privateKey = readRsaKey(env.SMTP_DKIM_PRIVATE_KEY_FILE!, problems);
  const dkim = privateKey && problems.length === 0 ? { domainName, keySelector, privateKey } : undefined;
  return { dkim, problems };
}

function readRsaKey(file: string, problems: string[]): string | undefined {
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (error) {
    problems.push(`SMTP_DKIM_PRIVATE_KEY_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
    return undefined;
  }
  try {
    if (createPrivateKey(pem).asymmetricKeyType === "rsa") return pem;
  } catch {
    // Not a private key at all: reported below, like a key of another type.
  }
  problems.push(`SMTP_DKIM_PRIVATE_KEY_FILE: ${file} is not an RSA private key in PEM, which DKIM signs with`);
  return undefined;
}
