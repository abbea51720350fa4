import { badUserInput, type Caller, DomainError, isUuid, systemClock } from "@dcx/kit";
import { and, eq } from "drizzle-orm";
import { autoTopUpRules, savedCards, type TopUpRow } from "../db/schema";
import type { PayWebFields } from "../paygate/protocol";
import { requireMoneyRole } from "../wallet/wallet-access";
import { lockWalletById, type WalletDb } from "../wallet/wallet.store";
import type { CardVaultSeal } from "./card-vault-seal";
import { findSavedCard, toSavedCard } from "./saved-card.store";
import type { SavedCard } from "./saved-card.type";

export const CARD_REMOVED_REASON = "The card it used was removed";

/**
 * Keeps the card PayGate vaulted for an approved top-up that asked for it (VAULT=1): PayGate's
 * VAULT_ID, PAYVAULT_DATA_1 (masked number), PAYVAULT_DATA_2 (expiry, MMYYYY) and
 * PAY_METHOD_DETAIL (brand). Called in the transaction that credits the top-up, from PayGate's
 * own answer; a repeated answer saves nothing twice (one card per top-up).
 */
export async function saveCardFromTopUp(
  tx: WalletDb,
  top: TopUpRow,
  fields: PayWebFields,
  deps: { cardVault: CardVaultSeal; log: (line: string) => void },
) {
  if (!top.saveCard) return;
  const vaultId = fields.VAULT_ID ?? "";
  const masked = fields.PAYVAULT_DATA_1 ?? "";
  const expiry = /^(0[1-9]|1[0-2])(\d{4})$/.exec(fields.PAYVAULT_DATA_2 ?? "");
  if (!vaultId || !masked || !expiry) {
    deps.log(`paygate: top-up ${top.reference} asked to save the card, but PayGate returned no vaulted card`);
    return;
  }
  await tx
    .insert(savedCards)
    .values({
      walletId: top.walletId,
      vaultId: deps.cardVault.seal(vaultId, top.walletId),
      // Whatever PayGate sends, only the last four digits and the first six may be shown.
      maskedNumber: masked.replace(
        /^(\d{6})(.*)(\d{4})$/,
        (_all, first: string, middle: string, last: string) => first + "*".repeat(middle.length) + last,
      ),
      brand: (fields.PAY_METHOD_DETAIL || "Card").slice(0, 40),
      expiryMonth: Number(expiry[1]),
      expiryYear: Number(expiry[2]),
      savedBy: top.email,
      sourceTopUpId: top.id,
    })
    .onConflictDoNothing({ target: savedCards.sourceTopUpId });
}

/** A card id that could exist; anything else is BAD_USER_INPUT naming `cardId`. */
export function assertCardId(cardId: unknown): asserts cardId is string {
  if (typeof cardId !== "string" || !isUuid(cardId)) throw badUserInput("cardId must be a saved card's id", "cardId");
}

/** A card the caller may see, or NOT_FOUND (another organisation's card answers as an unknown one). */
export async function visibleCard(db: WalletDb, caller: Caller | null, cardId: string) {
  assertCardId(cardId);
  const found = await findSavedCard(db, cardId);
  if (!found || found.card.removedAt || !caller || !canSeeOrg(caller, found.organizationId)) {
    throw new DomainError("NOT_FOUND", `Saved card ${cardId} does not exist`, { id: cardId });
  }
  return found;
}

const canSeeOrg = (caller: Caller, organizationId: string) =>
  caller.visibleOrganizationIds === "all" || caller.visibleOrganizationIds.includes(organizationId);

/**
 * Forgets a saved card (owners, admins, billing users). Automatic top-up rules that use it are
 * turned off in the same transaction, saying why.
 */
export async function removeSavedCard(
  db: WalletDb,
  caller: Caller | null,
  cardId: string,
  now: Date = systemClock(),
): Promise<SavedCard> {
  assertCardId(cardId);
  const { card, organizationId } = await visibleCard(db, caller, cardId);
  requireMoneyRole(caller, organizationId);
  return db.transaction(async (tx) => {
    await lockWalletById(tx, card.walletId);
    const [removed] = await tx.update(savedCards).set({ removedAt: now }).where(eq(savedCards.id, card.id)).returning();
    await tx
      .update(autoTopUpRules)
      .set({ enabled: false, disabledReason: CARD_REMOVED_REASON, updatedAt: now })
      .where(and(eq(autoTopUpRules.cardId, card.id), eq(autoTopUpRules.enabled, true)));
    return toSavedCard(removed!, organizationId, now);
  });
}
