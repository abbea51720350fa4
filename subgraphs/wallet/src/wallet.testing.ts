import { randomBytes } from "node:crypto";
import { type Clock, systemClock } from "@dcx/kit";
import { PAYGATE_TEST_MERCHANT } from "./paygate/protocol";
import type { NoticeMailer } from "./notices/notice-sender";
import { PayGateClient } from "./paygate/paygate-client";
import { PayHostClient } from "./paygate/payhost-client";
import { cardVaultSeal } from "./saved-card/card-vault-seal";
import type { WalletDeps } from "./wallet.deps";

/** Keeps every e-mail it is given, for tests to read. */
export class RecordingMailer implements NoticeMailer {
  readonly sent: { to: string; subject: string; text: string }[] = [];
  async send(message: { to: string; subject: string; text: string }): Promise<void> {
    this.sent.push(message);
  }
}

/**
 * Wallet collaborators for tests: `merchant` (PayGate's test merchant unless given) at
 * `paygateUrl` (by default an address nothing listens on, so a test that reaches PayGate without
 * meaning to fails loudly).
 */
export function testWalletDeps(
  options: {
    paygateUrl?: string;
    /** Where browsers post the payment form, when not under `paygateUrl`. */
    processUrl?: string;
    merchant?: { paygateId: string; encryptionKey: string };
    walletUrl?: string;
    webUrl?: string;
    clock?: Clock;
    /** The billing users an automatic top-up tells; none by default. */
    billingContacts?: (organizationId: string) => Promise<string[]>;
  } = {},
): WalletDeps & { mailer: RecordingMailer; log: (line: string) => void; logged: string[] } {
  const clock = options.clock ?? systemClock;
  const walletUrl = options.walletUrl ?? "http://127.0.0.1:9";
  const logged: string[] = [];
  const merchant = options.merchant ?? PAYGATE_TEST_MERCHANT;
  const log = (line: string) => logged.push(line);
  const vaultKey = randomBytes(32);
  return {
    cards: {
      payhost: new PayHostClient({
        url: `${options.paygateUrl ?? "http://127.0.0.1:9"}/payhost/process.trans`,
        paygateId: merchant.paygateId,
        password: merchant.encryptionKey,
      }),
      billingContacts: options.billingContacts ?? null,
      cardVault: cardVaultSeal(() => vaultKey),
      log,
    },
    topUps: {
      paygate: new PayGateClient({
        baseUrl: options.paygateUrl ?? "http://127.0.0.1:9",
        ...merchant,
        processUrl: options.processUrl,
      }),
      notifyUrl: `${walletUrl}/paygate/notify`,
      returnUrl: `${walletUrl}/paygate/return`,
      clock,
    },
    webUrl: options.webUrl ?? "http://127.0.0.1:5173",
    alertEmail: "payments@provider.test",
    mailer: new RecordingMailer(),
    clock,
    log,
    logged,
  };
}

/** The saved-card table, for fixtures that keep a card PayGate vaulted outside a top-up. */
export { savedCards } from "./db/schema";
