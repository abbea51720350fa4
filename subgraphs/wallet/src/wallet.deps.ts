import { type Clock, systemClock } from "@dcx/kit";
import { PayGateClient } from "./paygate/paygate-client";
import type { SettlementDeps } from "./top-up/top-up-settlement";
import type { TopUpSettings } from "./top-up/top-up.service";
import type { WalletConfig } from "./config";

/** Everything the wallet needs besides its database, built once per process. */
export interface WalletDeps {
  topUps: TopUpSettings;
  /** The dashboard, where the browser lands after paying. */
  webUrl: string;
  /** The payments desk: told when PayGate took money that could not be credited. */
  alertEmail: string | null;
  clock: Clock;
  log: (line: string) => void;
}

export function createWalletDeps(config: WalletConfig): WalletDeps {
  const clock = systemClock;
  return {
    topUps: {
      paygate: new PayGateClient(config.paygate),
      notifyUrl: config.paygateNotifyUrl,
      returnUrl: config.paygateReturnUrl,
      clock,
    },
    webUrl: config.webUrl,
    alertEmail: config.paymentAlertEmail,
    clock,
    log: (line) => console.log(line),
  };
}

/** What settling a PayGate message needs, from the wallet's collaborators. */
export const settlementDepsOf = (deps: WalletDeps): SettlementDeps => ({
  paygate: deps.topUps.paygate,
  log: deps.log,
  alertEmail: deps.alertEmail,
});
