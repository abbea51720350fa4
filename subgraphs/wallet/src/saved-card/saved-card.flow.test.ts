import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { savedCards } from "../db/schema";
import { testCard } from "../top-up/top-up.test-world";
import { settleCharge } from "./card-charge.service";
import { startSavedCardWorld, type SavedCardWorld } from "./saved-card.test-world";

let world: SavedCardWorld;
beforeEach(async () => {
  world = await startSavedCardWorld(0n);
});
afterEach(() => world.close());

const APPROVED_VISA = testCard("approved");

describe("saving a card on a top-up", () => {
  it("sends VAULT=1, keeps PayGate's vault id sealed with the masked number, expiry and brand, and shows none of the secrets", async () => {
    const { cardId, payRequestId } = await world.saveCardThroughTopUp("150.00");
    expect(world.simulator.transaction(payRequestId)!.request.VAULT).toBe("1");
    expect(cardId).not.toBeNull();
    const [row] = await world.db.select().from(savedCards).where(eq(savedCards.id, cardId!));
    const vaultId = world.simulator.transaction(payRequestId)!.settlement!.vault!.vaultId;
    expect(row).toMatchObject({ brand: "Visa", maskedNumber: "400000******0002", expiryMonth: 12 });
    // Stored sealed to this wallet: not the id itself, and it opens only for this wallet.
    expect(row!.vaultId).not.toContain(vaultId);
    expect(world.deps.cards.cardVault.open(row!.vaultId, row!.walletId)).toBe(vaultId);
    expect(() => world.deps.cards.cardVault.open(row!.vaultId, randomUUID())).toThrow();
    expect(await world.balance()).toBe(150_00n);

    const read = await world.readCards();
    const raw = JSON.stringify(read);
    expect(raw).not.toContain(vaultId);
    expect(raw).not.toContain(APPROVED_VISA);
    const wallet = read.data!._entities[0]!.wallet;
    expect(wallet.savedCards).toEqual([
      expect.objectContaining({
        id: cardId,
        maskedNumber: "400000******0002",
        expired: false,
        savedBy: "finance@example.co.za",
      }),
    ]);
    for (const entry of wallet.entries) {
      expect(entry.description).not.toContain(vaultId);
      expect(entry.description).not.toContain(APPROVED_VISA);
    }
  });

  it("saves one card and credits once when PayGate's notify is replayed", async () => {
    const { payRequestId } = await world.saveCardThroughTopUp("100.00");
    await world.simulator.replayNotify(payRequestId, 5, { concurrent: true });
    expect(await world.balance()).toBe(100_00n);
    expect(await world.db.select().from(savedCards).where(eq(savedCards.walletId, world.walletId))).toHaveLength(1);
  });

  it("saves nothing when the payer did not ask, or PayGate declined", async () => {
    const plain = await world.startOk("50.00");
    await world.simulator.settle(plain.payRequestId, APPROVED_VISA);
    await world.simulator.releaseNotify(plain.payRequestId);
    expect(world.simulator.transaction(plain.payRequestId)!.request.VAULT).toBeUndefined();
    const declined = await world.saveCardThroughTopUp("50.00", testCard("declined"));
    expect(declined.cardId).toBeNull();
    expect((await world.readCards()).data!._entities[0]!.wallet.savedCards).toEqual([]);
  });
});

describe("paying with a saved card through PayHost", () => {
  it("credits on PayGate's approval, once, and the same key never charges twice", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    const first = await world.pay(cardId!, "250.00", { key: "pay-saved-card-1" });
    expect(first.data!.payWithSavedCard).toMatchObject({ status: "APPROVED", resultDescription: "Auth Done" });
    const again = await world.pay(cardId!, "250.00", { key: "pay-saved-card-1" });
    expect(again.data!.payWithSavedCard.id).toBe(first.data!.payWithSavedCard.id);
    expect(world.simulator.payHost.payments()).toHaveLength(1);
    expect(await world.balance()).toBe(350_00n);
    const other = await world.pay(cardId!, "260.00", { key: "pay-saved-card-1" });
    expect(other.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    // PayGate's confirmation applied again (a replay) changes nothing.
    const [charge] = await world.charges();
    const status = {
      statusName: "Completed",
      transactionId: "1",
      reference: charge!.reference,
      transactionStatusCode: "1",
      resultCode: "990017",
      resultDescription: "Auth Done",
      amount: "25000",
      currency: "ZAR",
      authCode: "X",
      detail: "",
    };
    await Promise.all(
      Array.from({ length: 5 }, () => settleCharge(world.db, world.deps.cards, charge!.id, { status }, new Date())),
    );
    expect(await world.balance()).toBe(350_00n);
    expect(await world.notices("card_charge_receipt")).toHaveLength(1);
  });

  it("asks PayGate when PayHost's answer is lost, and credits exactly once", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    world.simulator.payHost.loseNextAnswers(1);
    const paid = await world.pay(cardId!, "300.00");
    expect(paid.data!.payWithSavedCard.status).toBe("UNKNOWN");
    expect(await world.balance()).toBe(100_00n);
    expect(world.simulator.payHost.payments()).toHaveLength(1); // PayGate did take it
    expect((await world.runJob()).asked).toBe(1);
    expect(await world.balance()).toBe(400_00n);
    await world.runJob();
    expect(await world.balance()).toBe(400_00n);
    expect(await world.topUpEntries()).toHaveLength(2);
  });

  it("credits nothing for a declined or an expired card", async () => {
    const declined = await world.vaultedCard(testCard("declined"));
    const result = await world.pay(declined.cardId, "100.00");
    expect(result.data!.payWithSavedCard).toMatchObject({ status: "DECLINED", resultDescription: "Declined" });
    const expired = await world.vaultedCard(APPROVED_VISA, "012020");
    const late = await world.pay(expired.cardId, "100.00");
    expect(late.data!.payWithSavedCard).toMatchObject({ status: "DECLINED", resultDescription: "Card Expired" });
    expect(await world.balance()).toBe(0n);
    const read = await world.readCards();
    expect(read.data!._entities[0]!.wallet.savedCards.find((c) => c.id === expired.cardId)!.expired).toBe(true);
  });

  it("refuses the wrong PayHost credentials: PayGate refuses, nothing is charged", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    const { PayHostClient } = await import("../paygate/payhost-client");
    const wrong = new PayHostClient({
      url: `${world.simulator.url}/payhost/process.trans`,
      paygateId: world.merchant.paygateId,
      password: "not-the-password",
    });
    const [card] = await world.db.select().from(savedCards).where(eq(savedCards.id, cardId!));
    await expect(
      wrong.payWithVault({
        reference: "DCX-WRONGPASS1",
        vaultId: world.deps.cards.cardVault.open(card!.vaultId, card!.walletId),
        amountCents: 100_00n,
        currency: "ZAR",
        email: "a@b.co.za",
      }),
    ).rejects.toThrow(/Invalid PayGateId or Password/);
    expect(world.simulator.payHost.payments()).toHaveLength(0);
  });
});
