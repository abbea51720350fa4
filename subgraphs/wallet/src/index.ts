import type { SubgraphDefinition } from "@dcx/kit";
import { createWalletContext, type WalletContext } from "./context";
import { walletTables } from "./db/schema";
import { buildWalletSchema } from "./schema";
import { payGateRoutes } from "./top-up/paygate-routes";
import { loadWalletConfig } from "./config";
import { createWalletDeps, type WalletDeps } from "./wallet.deps";

/**
 * The wallet subgraph with the collaborators it should use (PayGate, mailer, clock). Read on
 * every request, so `deps` can build them lazily.
 */
export function createWalletSubgraph(deps: () => WalletDeps): SubgraphDefinition<typeof walletTables, WalletContext> {
  return {
    name: "wallet",
    defaultPort: 4002,
    tables: walletTables,
    buildSchema: buildWalletSchema,
    createContext: (db, identity) => createWalletContext(db, identity, deps()),
    routes: (db) =>
      payGateRoutes(db, () => {
        const { topUps, cards, webUrl, clock, log, alertEmail } = deps();
        return { paygate: topUps.paygate, webUrl, clock, log, alertEmail, cardVault: cards.cardVault };
      }),
  };
}

let fromEnvironment: WalletDeps | undefined;

/** Configured from the environment, read once at the first request that needs it. */
export const walletSubgraph = createWalletSubgraph(() => (fromEnvironment ??= createWalletDeps(loadWalletConfig())));

export type { WalletContext } from "./context";
export { loadWalletConfig, type WalletConfig } from "./config";
export { PAYGATE_TEST_MERCHANT } from "./paygate/protocol";
export { createWalletDeps, type WalletDeps } from "./wallet.deps";
export { startWalletJobs } from "./jobs";
export { PayGateClient, type PayGateAccount } from "./paygate/paygate-client";
export { sendDueNotices } from "./notices/notice-sender";
export { reconcilePendingTopUps } from "./top-up/reconcile";
export { setLowBalanceAlert } from "./alerts/low-balance-alert.service";
export { setCreditLimit } from "./hold/credit-limit.service";
export type { PlaceHoldInput } from "./hold/hold-request";
export { captureHold, type CaptureHoldInput, expireHolds, placeHold, releaseHold } from "./hold/hold.service";
export { HoldStatus, type WalletHold } from "./hold/hold.type";
export type { PostEntryInput } from "./ledger/entry-request";
export { InsufficientFundsError } from "./ledger/insufficient-funds";
export { EntryKind, type LedgerEntry } from "./ledger/ledger-entry.type";
export { postEntry } from "./ledger/ledger.service";
export { postUsageCharge, type UsageChargeInput } from "./ledger/usage-charge.service";
export { getBalance, openWallet } from "./wallet/wallet.service";
export type { WalletDb } from "./wallet/wallet.store";
export type { Wallet } from "./wallet/wallet.type";
export { runArrearsJob, type ArrearsJobDeps, type ArrearsReport } from "./arrears/arrears-job";
export { tenancyOwners, vmsSuspensions } from "./arrears/arrears-collaborators";
export { setSuspensionPolicy } from "./arrears/suspension-policy.service";
export { runCardChargeJob } from "./saved-card/card-charge.job";
