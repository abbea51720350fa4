import { type Clock, loadSecretKey, systemClock } from "@dcx/kit";
import { PayGateClient } from "./paygate/paygate-client";
import { PayHostClient } from "./paygate/payhost-client";
import type { CardChargeDeps } from "./saved-card/card-charge.service";
import { cardVaultSeal } from "./saved-card/card-vault-seal";
import type { SettlementDeps } from "./top-up/top-up-settlement";
import type { TopUpSettings } from "./top-up/top-up.service";
import type { WalletConfig } from "./config";

/** Everything the wallet needs besides its database, built once per process. */
export interface WalletDeps {
  topUps: TopUpSettings;
  /** Saved cards: PayHost, and the billing users to tell of automatic top-ups. */
  cards: CardChargeDeps;
  /** The dashboard, where the browser lands after paying. */
  webUrl: string;
  /** The payments desk: told when PayGate took money that could not be credited. */
  alertEmail: string | null;
  clock: Clock;
  log: (line: string) => void;
}

export function createWalletDeps(
  config: WalletConfig,
  billingContacts: CardChargeDeps["billingContacts"] = null,
  log: (line: string) => void = (line) => console.log(line),
): WalletDeps {
  const clock = systemClock;
  let vaultKey: Buffer | undefined;
  return {
    cards: {
      payhost: new PayHostClient(config.payhost),
      billingContacts,
      cardVault: cardVaultSeal(() => (vaultKey ??= loadSecretKey(config.cardVaultKey))),
      log,
    },
    topUps: {
      paygate: new PayGateClient(config.paygate),
      notifyUrl: config.paygateNotifyUrl,
      returnUrl: config.paygateReturnUrl,
      clock,
    },
    webUrl: config.webUrl,
    alertEmail: config.paymentAlertEmail,
    clock,
    log,
  };
}

/** What settling a PayGate message needs, from the wallet's collaborators. */
export const settlementDepsOf = (deps: WalletDeps): SettlementDeps => ({
  paygate: deps.topUps.paygate,
  log: deps.log,
  alertEmail: deps.alertEmail,
  cardVault: deps.cards.cardVault,
});
