import { openSecret, sealSecret } from "@dcx/kit";

/**
 * PayGate's vault id is what lets the merchant charge a card again, so it is stored sealed
 * (AES-256-GCM, the wallet's id as associated data: a sealed id copied onto another wallet's card
 * does not open) and opened only to charge the card.
 */
export interface CardVaultSeal {
  seal(vaultId: string, walletId: string): string;
  open(sealed: string, walletId: string): string;
}

/** A seal over `key`, read when first needed (CARD_VAULT_KEY_FILE, or a development key). */
export function cardVaultSeal(key: () => Buffer): CardVaultSeal {
  return {
    seal: (vaultId, walletId) => sealSecret(key(), vaultId, walletId),
    open: (sealed, walletId) => openSecret(key(), sealed, walletId),
  };
}
