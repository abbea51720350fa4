import { randomUUID } from "node:crypto";
import { maskCardNumber, normalizeCardNumber } from "./test-cards";

/** A card PayGate keeps for a merchant (PayVault): what PayHost charges by VaultId. */
export interface VaultedCard {
  vaultId: string;
  paygateId: string;
  cardNumber: string;
  /** MMYYYY, as PayGate reports it in PAYVAULT_DATA_2. */
  expiry: string;
}

/** The expiry the simulator gives a card paid on its page: December, three years on. */
export function defaultExpiry(now = new Date()): string {
  return `12${now.getUTCFullYear() + 3}`;
}

/** True when the card's MMYYYY expiry month has ended before `now`. */
export function hasExpired(expiry: string, now = new Date()): boolean {
  const month = Number(expiry.slice(0, 2));
  const year = Number(expiry.slice(2));
  return year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

/** The merchants' vaulted cards, in memory (as everything else the simulator keeps). */
export class CardVault {
  private readonly cards = new Map<string, VaultedCard>();

  /** Vaults `cardNumber` for `paygateId` and returns the new VaultId (a GUID, as PayGate issues). */
  add(paygateId: string, cardNumber: string, expiry: string): VaultedCard {
    if (!/^(0[1-9]|1[0-2])\d{4}$/.test(expiry)) throw new Error(`Expiry ${expiry} is not MMYYYY`);
    const card = { vaultId: randomUUID(), paygateId, cardNumber: normalizeCardNumber(cardNumber), expiry };
    this.cards.set(card.vaultId, card);
    return card;
  }

  /** The merchant's card with this VaultId; another merchant's token is unknown. */
  find(paygateId: string, vaultId: string): VaultedCard | undefined {
    const card = this.cards.get(vaultId);
    return card?.paygateId === paygateId ? card : undefined;
  }

  setExpiry(vaultId: string, expiry: string): void {
    const card = this.cards.get(vaultId);
    if (!card) throw new Error(`No vaulted card ${vaultId}`);
    card.expiry = expiry;
  }
}

/** PAYVAULT_DATA_1: the masked number. */
export const maskedNumberOf = (card: VaultedCard) => maskCardNumber(card.cardNumber);
