import {
  ConfigError,
  loadMailConfig,
  loadSubgraphConfig,
  type MailConfig,
  nodeEnv,
  parseEnv,
  repoRoot,
  type SecretKeySource,
  secretKeyProblems,
  type SubgraphConfig,
} from "@dcx/kit";
import path from "node:path";
import { z } from "zod";
import type { PayGateAccount } from "./paygate/paygate-client";
import type { PayHostAccount } from "./paygate/payhost-client";
import { PAYGATE_TEST_MERCHANT } from "./paygate/protocol";
import { NOTIFY_PATH, RETURN_PATH } from "./top-up/paygate-routes";

export interface WalletConfig {
  subgraph: SubgraphConfig;
  paygate: PayGateAccount;
  /** PayHost (SOAP) for charging saved cards: PAYHOST_URL, PAYHOST_PAYGATE_ID, PAYHOST_PASSWORD. */
  payhost: PayHostAccount;
  /** The key that seals saved cards' vault ids: CARD_VAULT_KEY_FILE, or a development key. */
  cardVaultKey: SecretKeySource;
  /** Where PayGate posts its notify callback and sends the browser back: our /paygate/… routes. */
  paygateNotifyUrl: string;
  paygateReturnUrl: string;
  /** The dashboard's base URL. */
  webUrl: string;
  /** PAYMENT_ALERT_EMAIL: who hears of a payment PayGate took that could not be credited. */
  paymentAlertEmail: string | null;
  /** Receipts and warnings: SMTP_URL, or the outbox folder; From is WALLET_MAIL_FROM. */
  mail: MailConfig;
  /** How often the background jobs run, in seconds. */
  jobs: {
    reconcileSeconds: number;
    noticeSeconds: number;
    holdSweepSeconds: number;
    arrearsSeconds: number;
    cardChargeSeconds: number;
  };
}

export const DEFAULT_WALLET_MAIL_FROM = "DCX Cloud Billing <billing@dcx.cloud>";
export const PAYGATE_SIMULATOR_URL = "http://127.0.0.1:4010";

const seconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);
const walletEnv = {
  NODE_ENV: nodeEnv(),
  PAYGATE_URL: z.string().url().optional(),
  PAYGATE_ID: z
    .string()
    .regex(/^\d{1,20}$/, "must be digits")
    .optional(),
  PAYGATE_ENCRYPTION_KEY: z.string().min(1).optional(),
  WALLET_PUBLIC_URL: z.string().url().optional(),
  PAYGATE_NOTIFY_URL: z.string().url().optional(),
  PAYGATE_RETURN_URL: z.string().url().optional(),
  PAYGATE_PROCESS_URL: z.string().url().optional(),
  PAYHOST_URL: z.string().url().optional(),
  PAYHOST_PAYGATE_ID: z
    .string()
    .regex(/^\d{1,20}$/, "must be digits")
    .optional(),
  PAYHOST_PASSWORD: z.string().min(1).optional(),
  CARD_CHARGE_SECONDS: seconds(5),
  CARD_VAULT_KEY_FILE: z.string().optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  WEB_URL: z.string().url().default("http://127.0.0.1:5173"),
  PAYMENT_ALERT_EMAIL: z.string().email().optional(),
  PAYGATE_RECONCILE_SECONDS: seconds(60),
  NOTICE_SEND_SECONDS: seconds(5),
  HOLD_SWEEP_SECONDS: seconds(60),
  ARREARS_REVIEW_SECONDS: seconds(60),
};

/**
 * The wallet's configuration. PayGate's id and encryption key always come from the environment
 * (in development `npm start` passes the local simulator's per-installation merchant); only tests
 * (NODE_ENV=test) fall back to PayGate's public test merchant. Production also needs PayGate's
 * https URL, the wallet's public URL and the payments desk's address, and refuses the test
 * merchant's id or key: anyone can sign a notify with them.
 */
export function loadWalletConfig(env: Record<string, string | undefined> = process.env): WalletConfig {
  const subgraph = loadSubgraphConfig("wallet", 4002, env);
  const mail = loadMailConfig("wallet", { defaultFrom: DEFAULT_WALLET_MAIL_FROM }, env);
  const parsed = parseEnv(walletEnv, env);
  const cardVaultKey: SecretKeySource = {
    variable: "CARD_VAULT_KEY_FILE",
    name: "card-vault-key",
    file: parsed.CARD_VAULT_KEY_FILE,
    dataDir: parsed.DATA_DIR,
    production: parsed.NODE_ENV === "production",
  };
  const problems = [...paygateProblems(parsed), ...secretKeyProblems(cardVaultKey)];
  if (problems.length) throw new ConfigError(problems);
  const publicUrl = (parsed.WALLET_PUBLIC_URL ?? `http://${subgraph.host}:${subgraph.port}`).replace(/\/$/, "");
  return {
    subgraph,
    paygate: {
      baseUrl: (parsed.PAYGATE_URL ?? PAYGATE_SIMULATOR_URL).replace(/\/$/, ""),
      // Without them only under NODE_ENV=test (paygateProblems refuses it elsewhere).
      paygateId: parsed.PAYGATE_ID ?? PAYGATE_TEST_MERCHANT.paygateId,
      encryptionKey: parsed.PAYGATE_ENCRYPTION_KEY ?? PAYGATE_TEST_MERCHANT.encryptionKey,
      processUrl: parsed.PAYGATE_PROCESS_URL,
    },
    // PayHost shares PayGate's host; its id and password are the PayWeb3 merchant's unless given.
    payhost: {
      url:
        parsed.PAYHOST_URL ??
        `${(parsed.PAYGATE_URL ?? PAYGATE_SIMULATOR_URL).replace(/\/$/, "")}/payhost/process.trans`,
      paygateId: parsed.PAYHOST_PAYGATE_ID ?? parsed.PAYGATE_ID ?? PAYGATE_TEST_MERCHANT.paygateId,
      password: parsed.PAYHOST_PASSWORD ?? parsed.PAYGATE_ENCRYPTION_KEY ?? PAYGATE_TEST_MERCHANT.encryptionKey,
    },
    cardVaultKey,
    paygateNotifyUrl: parsed.PAYGATE_NOTIFY_URL ?? `${publicUrl}${NOTIFY_PATH}`,
    paygateReturnUrl: parsed.PAYGATE_RETURN_URL ?? `${publicUrl}${RETURN_PATH}`,
    webUrl: parsed.WEB_URL.replace(/\/$/, ""),
    paymentAlertEmail: parsed.PAYMENT_ALERT_EMAIL ?? null,
    mail,
    jobs: {
      reconcileSeconds: parsed.PAYGATE_RECONCILE_SECONDS,
      noticeSeconds: parsed.NOTICE_SEND_SECONDS,
      holdSweepSeconds: parsed.HOLD_SWEEP_SECONDS,
      arrearsSeconds: parsed.ARREARS_REVIEW_SECONDS,
      cardChargeSeconds: parsed.CARD_CHARGE_SECONDS,
    },
  };
}

/** Every reason the PayGate settings cannot be used, each naming its variable. */
function paygateProblems(parsed: ReturnType<typeof parseEnv<typeof walletEnv>>): string[] {
  const production = parsed.NODE_ENV === "production";
  const problems: string[] = [];
  if (parsed.NODE_ENV !== "test") {
    const where = production ? "required in production" : "required (npm start passes the local simulator's)";
    if (!parsed.PAYGATE_ID) problems.push(`PAYGATE_ID: ${where}`);
    if (!parsed.PAYGATE_ENCRYPTION_KEY) problems.push(`PAYGATE_ENCRYPTION_KEY: ${where}`);
  }
  if (!production) return problems;
  if (!parsed.PAYGATE_URL) problems.push("PAYGATE_URL: required in production");
  else if (!parsed.PAYGATE_URL.startsWith("https://")) problems.push("PAYGATE_URL: must be https in production");
  if (parsed.PAYGATE_ID === PAYGATE_TEST_MERCHANT.paygateId) {
    problems.push("PAYGATE_ID: PayGate's public test merchant is refused in production");
  }
  if (parsed.PAYGATE_ENCRYPTION_KEY?.trim().toLowerCase() === PAYGATE_TEST_MERCHANT.encryptionKey) {
    problems.push("PAYGATE_ENCRYPTION_KEY: PayGate's public test key is refused in production");
  }
  if (parsed.PAYHOST_URL && !parsed.PAYHOST_URL.startsWith("https://")) {
    problems.push("PAYHOST_URL: must be https in production");
  }
  if (!parsed.PAYMENT_ALERT_EMAIL) problems.push("PAYMENT_ALERT_EMAIL: required in production");
  const callbacksNamed = parsed.WALLET_PUBLIC_URL || (parsed.PAYGATE_NOTIFY_URL && parsed.PAYGATE_RETURN_URL);
  if (!callbacksNamed) problems.push("WALLET_PUBLIC_URL: required in production");
  return problems;
}
