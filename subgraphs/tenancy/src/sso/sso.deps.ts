import { type Clock, loadSecretKey, systemClock } from "@dcx/kit";
import type { TenancyConfig } from "../config";
import { createIssuerDirectory, type IssuerDirectory } from "./issuer-directory";

/** What single sign-on needs besides the database; tests pass their own key and clock. */
export interface SsoDeps {
  /** The AES-256 key that seals client secrets, read when first needed. */
  secretKey: () => Buffer;
  /** Discovery and keys of the organisations' identity providers (openid-client), cached a little. */
  issuers: IssuerDirectory;
  now: Clock;
  /** Operational log lines (why an IdP's answer was refused); never a token or a secret. */
  log: (line: string) => void;
}

export function createSsoDeps(config: TenancyConfig, log: (line: string) => void = () => {}): SsoDeps {
  let key: Buffer | undefined;
  return {
    secretKey: () => (key ??= loadSecretKey(config.ssoSecretKey)),
    issuers: createIssuerDirectory({ allowInsecure: config.allowInsecureSsoIssuers }),
    now: systemClock,
    log,
  };
}
