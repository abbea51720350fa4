import { walletIdOf } from "./wallet-id";
import { WALLET_CURRENCY } from "./wallet.service";
import { EMPTY_BREAKDOWN, type Wallet } from "./wallet.type";

/**
 * The wallet of an organisation that has none yet, as the graph shows it: what opening one would
 * give (the defaults of the `wallets` table, nothing in the ledger or held, no warning), with the
 * id it will get. Nothing is written: it is opened by the first top-up or setting.
 */
export const unopenedWallet = (organizationId: string): Wallet => ({
  id: walletIdOf(organizationId),
  organizationId,
  currency: WALLET_CURRENCY,
  createdAt: null,
  creditLimitCents: 0n,
  balanceCents: 0n,
  heldCents: 0n,
  breakdown: EMPTY_BREAKDOWN,
  lowBalance: { thresholdCents: null, email: null, warned: false },
  suspension: { enabled: true, graceHours: 72 },
});
