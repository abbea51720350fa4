import {
  ConfigError,
  createMailer,
  createServiceClient,
  loadMailConfig,
  loadPrivateKey,
  optionalUrl,
  parseEnv,
  serviceKey,
  type Mailer,
  type SubgraphConfig,
} from "@dcx/kit";
import type { AlertNotifier } from "./alert-notifier";
import { createMailAlertNotifier } from "./mail-alert-notifier";
import { createTenancyContacts, type OrganizationContacts } from "./organization-contacts";

export const TELEMETRY_SERVICE = "telemetry-billing";
export const DEFAULT_ALERT_MAIL_FROM = "DCX Cloud Alerts <alerts@dcx.cloud>";
export const DEFAULT_DASHBOARD_URL = "http://127.0.0.1:5173";
const KEY = serviceKey(TELEMETRY_SERVICE);

/** Whom to e-mail (tenancy, signed as this service) and how, as the environment describes them. */
export interface TenancyMail {
  contacts: OrganizationContacts;
  mailer: Mailer;
  /** The dashboard's base URL, for links. */
  dashboardUrl: string;
}

/**
 * The e-mail set-up the environment describes, or null without `TELEMETRY_BILLING_TENANCY_URL`
 * (nobody to ask for recipients: alerts still fire and budgets are still judged; their e-mails
 * wait until it is set). Reads `TELEMETRY_BILLING_TENANCY_URL` (tenancy's GraphQL URL),
 * `TELEMETRY_BILLING_SERVICE_SIGNING_KEY_FILE` (required in production; the development key under
 * DATA_DIR/keys otherwise), `WEB_URL` (the dashboard, for links) and the kit's mail settings with
 * `TELEMETRY_BILLING_MAIL_FROM` as sender. Every problem is listed at once (ConfigError).
 */
export function loadTenancyMail(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
): TenancyMail | null {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const parsed = attempt(() => parseEnv({ TELEMETRY_BILLING_TENANCY_URL: optionalUrl(), WEB_URL: optionalUrl() }, env));
  const mail = attempt(() => loadMailConfig(TELEMETRY_SERVICE, { defaultFrom: DEFAULT_ALERT_MAIL_FROM }, env));
  const production = config.nodeEnv === "production";
  const keyFile = env[KEY.privateKeyVariable] || undefined;
  if (production && env.TELEMETRY_BILLING_TENANCY_URL && !keyFile) {
    problems.push(`${KEY.privateKeyVariable}: required in production with TELEMETRY_BILLING_TENANCY_URL`);
  }
  if (!parsed || !mail || problems.length > 0) throw new ConfigError(problems);
  const tenancyUrl = parsed.TELEMETRY_BILLING_TENANCY_URL;
  if (!tenancyUrl) return null;
  const privateKey = loadPrivateKey({ key: KEY, file: keyFile, dataDir: config.dataRoot, production });
  return {
    contacts: createTenancyContacts(
      createServiceClient({ service: TELEMETRY_SERVICE, privateKey, targets: { tenancy: tenancyUrl } }),
    ),
    mailer: createMailer(mail),
    dashboardUrl: parsed.WEB_URL ?? DEFAULT_DASHBOARD_URL,
  };
}

/** The alert e-mails over `loadTenancyMail`'s set-up; null without one. */
export function loadAlertNotifier(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): AlertNotifier | null {
  const mail = loadTenancyMail(config, env);
  return mail && createMailAlertNotifier({ ...mail, log });
}
