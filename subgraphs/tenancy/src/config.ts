import path from "node:path";
import {
  ConfigError,
  type KeySource,
  loadMailConfig,
  loadSubgraphConfig,
  type MailConfig,
  nodeEnv,
  parseEnv,
  repoRoot,
  type SecretKeySource,
  secretKeyProblems,
  SESSION_KEY,
  type SubgraphConfig,
} from "@dcx/kit/config";
import { z } from "zod";

export interface TenancyConfig {
  subgraph: SubgraphConfig;
  mail: MailConfig;
  signInCodeSecret: string;
  /** Where tenancy's Ed25519 session key (it signs access tokens) comes from. */
  sessionSigningKey: KeySource;
  /** Where the key that encrypts SSO client secrets comes from. */
  ssoSecretKey: SecretKeySource;
  /** Whether an SSO issuer may be plain http (outside production, for the local IdP). */
  allowInsecureSsoIssuers: boolean;
}

export const DEFAULT_MAIL_FROM = "DCX Cloud <no-reply@dcx.cloud>";
/** Used only outside production, where the configuration refuses to start with it. */
export const DEVELOPMENT_SIGN_IN_CODE_SECRET = "development-only sign-in code secret; never used in production";
const SECRET_MIN_LENGTH = 32;

const tenancyEnv = {
  NODE_ENV: nodeEnv(),
  DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  SIGN_IN_CODE_SECRET: z.string().min(SECRET_MIN_LENGTH).optional(),
  SESSION_SIGNING_KEY_FILE: z.string().optional(),
  SSO_SECRET_KEY_FILE: z.string().optional(),
};

/**
 * The tenancy subgraph's whole configuration, parsed once at start-up. Lists every problem at
 * once; in production it refuses to start without a real `SIGN_IN_CODE_SECRET`, without
 * `SESSION_SIGNING_KEY_FILE` and without `SSO_SECRET_KEY_FILE` (elsewhere development keys are
 * made under DATA_DIR/keys).
 */
export function loadTenancyConfig(env: Record<string, string | undefined> = process.env): TenancyConfig {
  const problems: string[] = [];
  const subgraph = collectProblems(problems, () => loadSubgraphConfig("tenancy", 4001, env));
  // SMTP_URL, OUTBOX_DIR and MAIL_FROM (tenancy's sender keeps the platform-wide variable name).
  const mail = collectProblems(problems, () =>
    loadMailConfig("tenancy", { defaultFrom: DEFAULT_MAIL_FROM, fromVariable: "MAIL_FROM" }, env),
  );
  const parsed = collectProblems(problems, () => parseEnv(tenancyEnv, env));
  const secret = parsed?.SIGN_IN_CODE_SECRET;
  if (parsed?.NODE_ENV === "production" && (!secret || secret === DEVELOPMENT_SIGN_IN_CODE_SECRET)) {
    problems.push(`SIGN_IN_CODE_SECRET: required in production (at least ${SECRET_MIN_LENGTH} random characters)`);
  }
  if (parsed?.NODE_ENV === "production" && !parsed.SESSION_SIGNING_KEY_FILE) {
    problems.push("SESSION_SIGNING_KEY_FILE: required in production (PKCS#8 PEM of the session key, `npm run keys`)");
  }
  if (parsed) problems.push(...secretKeyProblems(ssoSecretKey(parsed)));
  if (!subgraph || !mail || !parsed || problems.length > 0) throw new ConfigError(problems);
  return {
    subgraph,
    mail,
    signInCodeSecret: secret ?? DEVELOPMENT_SIGN_IN_CODE_SECRET,
    sessionSigningKey: {
      key: SESSION_KEY,
      file: parsed.SESSION_SIGNING_KEY_FILE,
      dataDir: parsed.DATA_DIR,
      production: parsed.NODE_ENV === "production",
    },
    ssoSecretKey: ssoSecretKey(parsed),
    allowInsecureSsoIssuers: parsed.NODE_ENV !== "production",
  };
}

/** The key that seals organisations' SSO client secrets. */
const ssoSecretKey = (parsed: { SSO_SECRET_KEY_FILE?: string | undefined; DATA_DIR: string; NODE_ENV: string }) => ({
  variable: "SSO_SECRET_KEY_FILE",
  name: "sso-secret-key",
  file: parsed.SSO_SECRET_KEY_FILE,
  dataDir: parsed.DATA_DIR,
  production: parsed.NODE_ENV === "production",
});

function collectProblems<T>(problems: string[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
