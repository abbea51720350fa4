import { PayGateClient } from "./paygate/paygate-client";
import type { TopUpSettings } from "./top-up/top-up.service";
import type { WalletConfig } from "./config";

/** Everything the wallet needs besides its database, built once per process. */
export interface WalletDeps {
  topUps: TopUpSettings;
  /** The dashboard, where the browser lands after paying. */
  webUrl: string;
  clock: () => Date;
  log: (line: string) => void;
}

export function createWalletDeps(config: WalletConfig): WalletDeps {
  const clock = () => new Date();
  return {
    topUps: {
      paygate: new PayGateClient(config.paygate),
      notifyUrl: config.paygateNotifyUrl,
      returnUrl: config.paygateReturnUrl,
      clock,
    },
    webUrl: config.webUrl,
    clock,
    log: (line) => console.log(line),
  };
}
