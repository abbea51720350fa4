import "reflect-metadata";
import { customerUser, resellerUser } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { autoTopUpRules, cardCharges } from "../db/schema";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { testCard } from "../top-up/top-up.test-world";
import { reviewAllAutoTopUps } from "./auto-top-up.service";
import { startSavedCardWorld, type SavedCardWorld } from "./saved-card.test-world";

let world: SavedCardWorld;
beforeEach(async () => {
  world = await startSavedCardWorld(0n);
});
afterEach(() => world.close());

let sequence = 0;
const charge = (cents: bigint) =>
  postEntry(world.db, {
    organizationId: world.organizationId,
    amountCents: -cents,
    kind: EntryKind.CHARGE,
    description: "Usage",
    idempotencyKey: `auto-top-up-test-${++sequence}`,
  });

describe("the automatic top-up", () => {
  it("queues exactly one top-up when 20 concurrent charges cross the threshold, charged by the job", async () => {
    const { cardId } = await world.saveCardThroughTopUp("1000.00");
    const set = await world.setRule({ cardId, threshold: "500.00", amount: "400.00" });
    expect(set.data!.setAutoTopUp.enabled).toBe(true);
    await Promise.all(Array.from({ length: 20 }, () => charge(40_00n))); // R1000 → R200
    // The periodic check running alongside finds the same one.
    await Promise.all(Array.from({ length: 5 }, () => reviewAllAutoTopUps(world.db, new Date())));
    const queued = await world.charges();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ status: "queued", amountCents: 400_00n });
    expect(await world.balance()).toBe(200_00n); // queued, not charged inside the balance change

    const report = await world.runJob();
    expect(report.outcomes).toEqual({ approved: 1 });
    expect(await world.balance()).toBe(600_00n);
    expect(await world.notices("card_charge_receipt")).toHaveLength(1);
    // Back above the threshold: nothing more; below again within the pause: nothing either.
    await world.runJob();
    await charge(200_00n);
    await world.runJob();
    expect(await world.charges()).toHaveLength(1);
  });

  it("keeps a second open charge of a rule out at the database, whatever the code does", async () => {
    const { cardId } = await world.saveCardThroughTopUp("1000.00");
    await world.setRule({ cardId, threshold: "2000.00" }); // below already: one is queued
    const [open] = await world.charges();
    await expect(
      world.db.insert(cardCharges).values({
        walletId: world.walletId,
        cardId: cardId!,
        ruleId: open!.ruleId,
        reference: "DCX-SECONDOPEN",
        amountCents: 500_00n,
        requestedBy: "test",
        idempotencyKey: "second-open-charge",
        requestFingerprint: "x",
      }),
    ).rejects.toThrow();
    expect(await world.charges()).toHaveLength(1);
  });

  it("respects the monthly cap: up to it exactly, never past it", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    await world.setRule({ cardId, threshold: "1000.00", amount: "250.00", monthlyCap: "500.00", minHoursBetween: 1 });
    const start = Date.now();
    // R250, then R250 more reaches R500 exactly; a third R250 would pass it.
    for (let i = 0; i < 3; i++) await world.runJob(new Date(start + i * 2 * 3600_000));
    expect((await world.charges()).map((c) => c.status)).toEqual(["approved", "approved"]);
    expect(await world.balance()).toBe(600_00n);
  });

  it("e-mails each failure and turns itself off after three declines in a row", async () => {
    const declined = await world.vaultedCard(testCard("insufficient-funds"));
    await world.setRule({ cardId: declined.cardId, threshold: "100.00", amount: "200.00", minHoursBetween: 1 });
    const start = Date.now();
    for (let i = 0; i < 3; i++) await world.runJob(new Date(start + i * 2 * 3600_000));
    expect(await world.balance()).toBe(0n);
    const failures = await world.notices("auto_top_up_failure");
    expect(failures).toHaveLength(3);
    expect(failures[2]!.subject).toMatch(/turned off after 3 failures/);
    const read = (await world.readCards()).data!._entities[0]!.wallet.autoTopUp!;
    expect(read).toMatchObject({ enabled: false, consecutiveFailures: 3, lastAttempt: { status: "DECLINED" } });
    expect(read.disabledReason).toMatch(/3 failed top-ups in a row/);
    await world.runJob(new Date(start + 10 * 3600_000));
    expect(await world.charges()).toHaveLength(3);
  });

  it("counts an expired card as a failure, and removing the card turns the rule off", async () => {
    const expiring = await world.vaultedCard(testCard("approved"), "122099");
    await world.setRule({ cardId: expiring.cardId });
    world.simulator.setVaultExpiry(expiring.vaultId, "012020");
    await world.runJob();
    expect(await world.balance()).toBe(0n);
    expect((await world.charges())[0]).toMatchObject({ status: "declined", resultDescription: "Card Expired" });
    expect(await world.notices("auto_top_up_failure")).toHaveLength(1);

    const removed = await world.subgraph.request(
      `mutation($cardId: ID!) { removeSavedCard(cardId: $cardId) { id } }`,
      { cardId: expiring.cardId },
      { as: world.owner },
    );
    expect(removed.errors).toBeUndefined();
    const [rule] = await world.db.select().from(autoTopUpRules).where(eq(autoTopUpRules.walletId, world.walletId));
    expect(rule).toMatchObject({ enabled: false, disabledReason: "The card it used was removed" });
  });

  it("refuses bad input naming the field, writing nothing", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    const cases: [Record<string, unknown>, string][] = [
      [{ cardId, threshold: "-1.00" }, "threshold"],
      [{ cardId, amount: "9.99" }, "amount"],
      [{ cardId, amount: "100.001" }, "amount"],
      [{ cardId, minHoursBetween: 0 }, "minHoursBetween"],
      [{ cardId, minHoursBetween: 721 }, "minHoursBetween"],
      [{ cardId, amount: "500.00", monthlyCap: "499.99" }, "monthlyCap"],
      [{ cardId, email: "not-an-address" }, "email"],
      [{ cardId: "not-a-card" }, "cardId"],
    ];
    for (const [input, field] of cases) {
      const result = await world.setRule(input);
      // A malformed id is refused before the resolver runs, named by its path in the input.
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: expect.stringMatching(new RegExp(`^(input\\.)?${field}$`)),
      });
    }
    const unknown = await world.setRule({ cardId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(
      await world.db.select().from(autoTopUpRules).where(eq(autoTopUpRules.walletId, world.walletId)),
    ).toHaveLength(0);
    // Each limit's own edge is accepted: R10.00, 720 hours, a cap equal to the amount.
    const edges = await world.setRule({ cardId, amount: "10.00", minHoursBetween: 720, monthlyCap: "10.00" });
    expect(edges.errors).toBeUndefined();
  });
});

describe("who may use saved cards", () => {
  it("lets billing users and admins pay and set rules, refuses members and read-only users", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    const billing = customerUser(world.organizationId, "billing");
    expect((await world.pay(cardId!, "20.00", { as: billing })).data!.payWithSavedCard.status).toBe("APPROVED");
    for (const role of ["member", "read_only"] as const) {
      const as = customerUser(world.organizationId, role);
      expect((await world.pay(cardId!, "20.00", { as })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await world.setRule({ cardId }, as)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const remove = await world.subgraph.request(
        `mutation($id: ID!) { removeSavedCard(cardId: $id) { id } }`,
        { id: cardId },
        { as },
      );
      expect(remove.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      // They still see the card.
      expect((await world.readCards(as)).data!._entities[0]!.wallet.savedCards).toHaveLength(1);
    }
    expect(world.simulator.payHost.payments()).toHaveLength(1);
  });

  it("hides another tenant's cards and refuses to use or remove them", async () => {
    const { cardId } = await world.saveCardThroughTopUp("100.00");
    const stranger = customerUser(crypto.randomUUID(), "owner");
    const foreignReseller = resellerUser(crypto.randomUUID(), [crypto.randomUUID()], "owner");
    for (const as of [stranger, foreignReseller]) {
      expect((await world.readCards(as)).data).toEqual({ _entities: [null] });
      expect((await world.pay(cardId!, "20.00", { as })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const remove = await world.subgraph.request(
        `mutation($id: ID!) { removeSavedCard(cardId: $id) { id } }`,
        { id: cardId },
        { as },
      );
      expect(remove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const rule = await world.setRule({ organizationId: as.organizationId, cardId }, as);
      expect(rule.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    // Its own organisation with another organisation's card is refused as an unknown card.
    const other = await startSavedCardWorld(0n);
    try {
      const theirs = await other.saveCardThroughTopUp("100.00");
      const misuse = await world.setRule({ cardId: theirs.cardId });
      expect(misuse.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect((await world.pay(theirs.cardId!, "20.00")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    } finally {
      await other.close();
    }
    expect(world.simulator.payHost.payments()).toHaveLength(0);
    expect((await world.readCards()).data!._entities[0]!.wallet.savedCards).toHaveLength(1);
  });
});
