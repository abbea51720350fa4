import "reflect-metadata";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { topUps } from "../db/schema";
import { findNotices } from "../notices/notice.store";
import { encodeFields, RESULT_FIELDS, signFields } from "../paygate/protocol";
import { settlementDepsOf } from "../wallet.deps";
import { reconcilePendingTopUps } from "./reconcile";
import { startTopUpWorld, testCard, type TopUpWorld } from "./top-up.test-world";

/*
 * A notify alone never credits: whoever holds the merchant key can sign one. Each case signs a
 * notify correctly, with the installation's key, and PayGate (the simulator over HTTP) is asked.
 */
let world: TopUpWorld;
beforeEach(async () => {
  world = await startTopUpWorld(0n);
});
afterEach(() => world.close());

const postNotify = (fields: Record<string, string>) =>
  fetch(`${world.subgraph.server.url}/paygate/notify`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: encodeFields(fields),
  }).then(async (response) => ({ status: response.status, text: await response.text() }));

/** An approval as PayGate would word it, for a payment that did not happen at PayGate. */
function forgedApproval(started: { payRequestId: string; topUp: { reference: string } }, amountCents: string) {
  return signFields(
    {
      PAYGATE_ID: world.merchant.paygateId,
      PAY_REQUEST_ID: started.payRequestId,
      REFERENCE: started.topUp.reference,
      TRANSACTION_STATUS: "1",
      RESULT_CODE: "990017",
      AUTH_CODE: "5T8A0Z",
      CURRENCY: "ZAR",
      AMOUNT: amountCents,
      RESULT_DESC: "Auth Done",
      TRANSACTION_ID: "78705178",
      RISK_INDICATOR: "AX",
      PAY_METHOD: "CC",
      PAY_METHOD_DETAIL: "Visa",
    },
    RESULT_FIELDS,
    world.merchant.encryptionKey,
  );
}

const sourcesAndOutcomes = async (topUpId: string) =>
  (await world.events(topUpId)).map((event) => [event.source, event.outcome]);

describe("a correctly signed notify that PayGate does not confirm", () => {
  it("for a payment never made credits nothing, leaves the top-up pending and tells a person", async () => {
    const started = await world.startOk("500.00");
    expect(await postNotify(forgedApproval(started, "50000"))).toEqual({ status: 200, text: "OK" });
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["query", "still_pending"],
      ["notify", "not_confirmed"],
    ]);
    const [event] = (await world.events(started.topUp.id)).filter((row) => row.source === "notify");
    expect(event!.detail).toBe(
      "notify not confirmed by PayGate's query: notify says TRANSACTION_STATUS=1; PayGate says TRANSACTION_STATUS=0",
    );
    expect(world.deps.logged).toContainEqual(expect.stringContaining("paygate notify REJECTED: not_confirmed"));
    const alerts = (await findNotices(world.db, world.walletId)).filter((notice) => notice.kind === "payment_alert");
    expect(alerts).toHaveLength(1);

    // The customer then pays for real: PayGate's own notify credits, once.
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    await world.simulator.releaseNotify(started.payRequestId);
    expect(await world.balance()).toBe(500_00n);
  });

  it("for a payment PayGate declined credits nothing, and the top-up becomes declined as PayGate says", async () => {
    const started = await world.startOk("75.00");
    await world.simulator.settle(started.payRequestId, testCard("declined"));
    expect(await postNotify(forgedApproval(started, "7500"))).toEqual({ status: 200, text: "OK" });
    expect(await world.balance()).toBe(0n);
    expect(await world.topUpRow(started.topUp.id)).toMatchObject({ status: "declined", entryId: null });
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["query", "declined"],
      ["notify", "not_confirmed"],
    ]);
  });

  it("for a pay request PayGate does not know credits nothing: PayGate's refusal is the answer", async () => {
    const started = await world.startOk("60.00");
    const unknown = "0F0F0F0F-0000-4000-8000-000000000000";
    await world.db.update(topUps).set({ payRequestId: unknown }).where(eq(topUps.id, started.topUp.id));
    const forged = forgedApproval({ ...started, payRequestId: unknown }, "6000");
    expect(await postNotify(forged)).toEqual({ status: 200, text: "OK" });
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
    const [event] = await world.events(started.topUp.id);
    expect([event!.source, event!.outcome, event!.detail]).toEqual([
      "notify",
      "not_confirmed",
      "notify not confirmed by PayGate's query: PayGate answers ERROR=ND_INV_PRID",
    ]);
  });
});

describe("a genuine notify while PayGate cannot be asked", () => {
  it("is refused so PayGate sends it again, credits nothing, and credits once PayGate answers", async () => {
    const started = await world.startOk("250.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    world.paygateLink.cut();
    const delivery = await world.simulator.releaseNotify(started.payRequestId);
    expect(delivery).toMatchObject({ delivered: false, attempts: 2 });
    expect(world.simulator.deliveries(started.payRequestId).map((attempt) => attempt.status)).toEqual([503, 503]);
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["notify", "query_failed"],
      ["notify", "query_failed"],
    ]);

    // PayGate's next attempt, once it can be asked again, credits.
    world.paygateLink.restore();
    const [again] = await world.simulator.replayNotify(started.payRequestId, 1);
    expect(again!.delivered).toBe(true);
    expect(await world.balance()).toBe(250_00n);
  });

  it("is credited by reconciliation when PayGate gave up sending it", async () => {
    const started = await world.startOk("120.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    world.paygateLink.cut();
    await world.simulator.releaseNotify(started.payRequestId);
    const deps = settlementDepsOf(world.deps);
    const later = { quietSeconds: 0, now: new Date(Date.now() + 1000) };
    expect((await reconcilePendingTopUps(world.db, deps, later)).outcomes).toEqual({ unreachable: 1 });
    expect(await world.balance()).toBe(0n);

    world.paygateLink.restore();
    const report = await reconcilePendingTopUps(world.db, deps, { ...later, now: new Date(Date.now() + 120_000) });
    expect(report.outcomes).toEqual({ credited: 1 });
    expect(await world.balance()).toBe(120_00n);
    await world.simulator.replayNotify(started.payRequestId, 3);
    expect(await world.balance()).toBe(120_00n);
  });
});
