import type { SubgraphDefinition } from "@dcx/kit";
import { createWalletContext, type WalletContext } from "./context";
import { walletTables } from "./db/schema";
import { buildWalletSchema } from "./schema";

export const walletSubgraph: SubgraphDefinition<typeof walletTables, WalletContext> = {
  name: "wallet",
  defaultPort: 4002,
  tables: walletTables,
  buildSchema: buildWalletSchema,
  createContext: createWalletContext,
};

export type { WalletContext } from "./context";
export { setCreditLimit } from "./hold/credit-limit.service";
export type { PlaceHoldInput } from "./hold/hold-request";
export {
  captureHold,
  type CaptureHoldInput,
  type Clock,
  expireHolds,
  placeHold,
  releaseHold,
} from "./hold/hold.service";
export { HoldStatus, type WalletHold } from "./hold/hold.type";
export type { PostEntryInput } from "./ledger/entry-request";
export { InsufficientFundsError } from "./ledger/insufficient-funds";
export { EntryKind, type LedgerEntry } from "./ledger/ledger-entry.type";
export { postEntry } from "./ledger/ledger.service";
export { getBalance, openWallet } from "./wallet/wallet.service";
export type { WalletDb } from "./wallet/wallet.store";
export type { Wallet } from "./wallet/wallet.type";
