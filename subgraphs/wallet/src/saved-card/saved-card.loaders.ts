import DataLoader from "dataloader";
import type { Clock, Visibility } from "@dcx/kit";
import type { CardChargeRow } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { ruleFacts, toRule } from "./auto-top-up.service";
import {
  findLatestChargesByWalletIds,
  findRulesByWalletIds,
  findSavedCardsByWalletIds,
  toSavedCard,
} from "./saved-card.store";
import type { AutoTopUpRule, SavedCard } from "./saved-card.type";

/** Per-request loaders over the caller's visible organisations: one query per list for all wallets. */
export function createSavedCardLoaders(db: WalletDb, visible: Visibility, clock: Clock) {
  const charges = new Map<number, DataLoader<string, CardChargeRow[]>>();
  return {
    savedCardsByWalletId: new DataLoader<string, SavedCard[]>(async (walletIds) => {
      const now = clock();
      const rows = await findSavedCardsByWalletIds(db, walletIds, visible);
      return walletIds.map((id) =>
        rows.filter((row) => row.card.walletId === id).map((row) => toSavedCard(row.card, row.organizationId, now)),
      );
    }),
    autoTopUpByWalletId: new DataLoader<string, AutoTopUpRule | null>(async (walletIds) => {
      const now = clock();
      const rows = await findRulesByWalletIds(db, walletIds, visible);
      const facts = await ruleFacts(
        db,
        rows.map((row) => row.rule.id),
        now,
      );
      return walletIds.map((id) => {
        const found = rows.find((row) => row.rule.walletId === id);
        if (!found) return null;
        const { rule, card, organizationId } = found;
        return toRule(
          rule,
          card,
          organizationId,
          now,
          facts.find((fact) => fact.ruleId === rule.id),
        );
      });
    }),
    latestChargesByWalletId(limit: number): DataLoader<string, CardChargeRow[]> {
      let loader = charges.get(limit);
      if (!loader) {
        loader = new DataLoader(async (walletIds: readonly string[]) => {
          const rows = await findLatestChargesByWalletIds(db, walletIds, limit, visible);
          return walletIds.map((id) => rows.filter((row) => row.walletId === id));
        });
        charges.set(limit, loader);
      }
      return loader;
    },
  };
}
