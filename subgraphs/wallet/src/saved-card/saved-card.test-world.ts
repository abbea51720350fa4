import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { and, eq } from "drizzle-orm";
import { cardCharges, savedCards, topUps, walletEntries } from "../db/schema";
import { findNotices } from "../notices/notice.store";
import { START, startTopUpWorld, testCard } from "../top-up/top-up.test-world";
import { runCardChargeJob } from "./card-charge.job";

export const WALLET_CARDS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  wallet { available { amount }
    savedCards { id brand maskedNumber expiryMonth expiryYear expired savedBy savedAt }
    autoTopUp { card { id maskedNumber } threshold { amount } amount { amount } minHoursBetween monthlyCap { amount }
      usedThisMonth { amount } email enabled consecutiveFailures disabledReason
      lastAttempt { id reference status automatic resultDescription } }
    cardCharges(first: 20) { id reference amount { amount } status automatic resultDescription createdAt settledAt }
    entries(first: 100) { kind amount { amount } description } } } } }`;

export const PAY = `mutation($input: PayWithSavedCardInput!) { payWithSavedCard(input: $input) {
  id reference amount { amount } status automatic resultDescription } }`;
export const REMOVE = `mutation($cardId: ID!) { removeSavedCard(cardId: $cardId) { id maskedNumber } }`;
export const SET_RULE = `mutation($input: SetAutoTopUpInput!) { setAutoTopUp(input: $input) {
  enabled threshold { amount } amount { amount } consecutiveFailures disabledReason card { id } } }`;

/**
 * The top-up world (wallet over HTTP, PayGate simulator with PayWeb3 and PayHost, a fresh
 * merchant) with the saved-card steps a test needs.
 */
export async function startSavedCardWorld(openingCents = 0n) {
  const world = await startTopUpWorld(openingCents);
  const cards = {
    ...world,
    /** A top-up that asks to save the card, paid with `card` on PayGate's side; returns the saved card's id. */
    async saveCardThroughTopUp(amount = "100.00", card = testCard("approved")) {
      const started = await world.subgraph.request<{
        startTopUp: { topUp: { id: string }; redirect: { fields: { name: string; value: string }[] } };
      }>(
        START,
        {
          input: {
            organizationId: world.organizationId,
            amount,
            email: "finance@example.co.za",
            idempotencyKey: randomUUID(),
            saveCard: true,
          },
        },
        { as: world.owner },
      );
      if (!started.data) throw new Error(JSON.stringify(started.errors));
      const payRequestId = started.data.startTopUp.redirect.fields.find((f) => f.name === "PAY_REQUEST_ID")!.value;
      await world.simulator.settle(payRequestId, card);
      await world.simulator.releaseNotify(payRequestId);
      const [saved] = await world.db
        .select()
        .from(savedCards)
        .where(eq(savedCards.sourceTopUpId, started.data.startTopUp.topUp.id));
      return { cardId: saved?.id ?? null, payRequestId, topUpId: started.data.startTopUp.topUp.id };
    },
    /**
     * A card PayGate vaulted directly (PayHost's CardVaultRequest in the simulator), kept by the
     * wallet as a top-up would have saved it: for cards PayWeb3 would not have approved.
     */
    async vaultedCard(cardNumber: string, expiry?: string) {
      const vaultId = world.simulator.vaultCard(cardNumber, { paygateId: world.merchant.paygateId, expiry });
      const [top] = await world.db
        .insert(topUps)
        .values({
          walletId: world.walletId,
          reference: `DCX-T${randomUUID().slice(0, 9).toUpperCase()}`,
          amountCents: 10_00n,
          email: "finance@example.co.za",
          status: "approved",
          paygateId: world.merchant.paygateId,
          requestedBy: "test",
          idempotencyKey: randomUUID(),
          requestFingerprint: "test",
          saveCard: true,
        })
        .returning();
      const month = expiry ? Number(expiry.slice(0, 2)) : 12;
      const year = expiry ? Number(expiry.slice(2)) : new Date().getUTCFullYear() + 3;
      const [card] = await world.db
        .insert(savedCards)
        .values({
          walletId: world.walletId,
          vaultId: world.deps.cards.cardVault.seal(vaultId, world.walletId),
          brand: cardNumber.startsWith("4") ? "Visa" : "MasterCard",
          maskedNumber: `${cardNumber.slice(0, 6)}******${cardNumber.slice(-4)}`,
          expiryMonth: month,
          expiryYear: year,
          savedBy: "finance@example.co.za",
          sourceTopUpId: top!.id,
        })
        .returning();
      return { cardId: card!.id, vaultId };
    },
    readCards: (as: Caller = world.owner) =>
      world.subgraph.request<{ _entities: ({ wallet: WalletCards } | null)[] }>(
        WALLET_CARDS,
        { reps: [{ __typename: "Organization", id: world.organizationId }] },
        { as },
      ),
    pay: (cardId: string, amount: string, options: { as?: Caller; key?: string } = {}) =>
      world.subgraph.request<{ payWithSavedCard: { id: string; status: string; resultDescription: string | null } }>(
        PAY,
        { input: { cardId, amount, email: "finance@example.co.za", idempotencyKey: options.key ?? randomUUID() } },
        { as: options.as ?? world.owner },
      ),
    setRule: (input: Record<string, unknown>, as: Caller = world.owner) =>
      world.subgraph.request<{ setAutoTopUp: { enabled: boolean; disabledReason: string | null } }>(
        SET_RULE,
        {
          input: {
            organizationId: world.organizationId,
            threshold: "100.00",
            amount: "500.00",
            minHoursBetween: 1,
            monthlyCap: "5000.00",
            email: "finance@example.co.za",
            enabled: true,
            ...input,
          },
        },
        { as },
      ),
    runJob: (now = new Date()) => runCardChargeJob(world.db, world.deps.cards, now, { askAfterSeconds: 0 }),
    charges: () => world.db.select().from(cardCharges).where(eq(cardCharges.walletId, world.walletId)),
    topUpEntries: () =>
      world.db
        .select()
        .from(walletEntries)
        .where(and(eq(walletEntries.walletId, world.walletId), eq(walletEntries.kind, "top_up"))),
    notices: (kind: string) => findNotices(world.db, world.walletId).then((all) => all.filter((n) => n.kind === kind)),
  };
  return cards;
}

export interface WalletCards {
  available: { amount: string };
  savedCards: { id: string; maskedNumber: string; expired: boolean; savedBy: string }[];
  autoTopUp: {
    enabled: boolean;
    consecutiveFailures: number;
    disabledReason: string | null;
    lastAttempt: { status: string } | null;
  } | null;
  cardCharges: { id: string; status: string; automatic: boolean }[];
  entries: { kind: string; description: string }[];
}

export type SavedCardWorld = Awaited<ReturnType<typeof startSavedCardWorld>>;
