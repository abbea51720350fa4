import "reflect-metadata";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeFields, payWebChecksum, RESULT_FIELDS, RETURN_FIELDS, signFields } from "../paygate/protocol";
import { startTopUpWorld, testCard, type TopUpWorld } from "./top-up.test-world";
import { sendDueNotices } from "../notices/notice-sender";
import { findNotices } from "../notices/notice.store";

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

const postReturn = (fields: Record<string, string>) =>
  fetch(`${world.subgraph.server.url}/paygate/return`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: encodeFields(fields),
    redirect: "manual",
  });

const sourcesAndOutcomes = async (topUpId: string) =>
  (await world.events(topUpId)).map((event) => [event.source, event.outcome]);

describe("a card top-up", () => {
  it("sends the browser to PayGate and credits nothing until PayGate's notify says approved", async () => {
    const started = await world.startOk("250.00");
    expect(started.topUp).toMatchObject({ status: "PENDING", amount: { amount: "250.00" } });
    expect(started.topUp.reference).toMatch(/^DCX-[A-Z2-9]{10}$/);
    expect(started.redirect!.url).toBe(`${world.simulator.url}/payweb3/process.trans`);
    expect(started.redirect!.fields.map((field) => field.name)).toEqual(["PAY_REQUEST_ID", "CHECKSUM"]);

    await world.simulator.settle(started.payRequestId, testCard("approved"));
    expect(await world.balance()).toBe(0n); // paid at PayGate, but PayGate has not told us yet

    const delivered = await world.simulator.releaseNotify(started.payRequestId);
    expect(delivered.delivered).toBe(true);
    expect(await world.balance()).toBe(250_00n);
    const row = await world.topUpRow(started.topUp.id);
    expect(row).toMatchObject({ status: "approved", resultCode: "990017", resultDescription: "Auth Done" });
    expect(row.entryId).not.toBeNull();
    // The notify only made the wallet ask PayGate; PayGate's answer credited.
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["query", "credited"],
      ["notify", "confirmed"],
    ]);
  });

  it("takes the browser's return only as a cue to ask PayGate, whose answer credits once", async () => {
    const started = await world.startOk("100.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    // As PayGate posts it: PAY_REQUEST_ID, TRANSACTION_STATUS and CHECKSUM only.
    expect(Object.keys(world.returnFields(started.payRequestId))).toEqual([
      "PAY_REQUEST_ID",
      "TRANSACTION_STATUS",
      "CHECKSUM",
    ]);
    const response = await postReturn(world.returnFields(started.payRequestId));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `http://127.0.0.1:5173/wallet/top-ups/${started.topUp.id}?org=${world.organizationId}`,
    );
    expect(await world.balance()).toBe(100_00n);
    await world.simulator.releaseNotify(started.payRequestId); // the notify after it changes nothing
    expect(await world.balance()).toBe(100_00n);
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["return", "browser_returned"],
      ["query", "credited"],
      ["query", "duplicate"],
      ["notify", "confirmed"],
    ]);
  });

  it("credits nothing for a correctly signed return that claims a payment PayGate has not seen", async () => {
    const started = await world.startOk("100.00");
    const claim = {
      PAYGATE_ID: world.merchant.paygateId,
      PAY_REQUEST_ID: started.payRequestId,
      REFERENCE: started.topUp.reference,
    };
    const checksum = payWebChecksum({ ...claim, TRANSACTION_STATUS: "1" }, RETURN_FIELDS, world.merchant.encryptionKey);
    const response = await postReturn({
      PAY_REQUEST_ID: started.payRequestId,
      TRANSACTION_STATUS: "1",
      CHECKSUM: checksum,
    });
    expect(response.headers.get("location")).toContain(`/wallet/top-ups/${started.topUp.id}`);
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["return", "browser_returned"],
      ["query", "still_pending"],
    ]);
  });

  it("credits a notify replayed 20 times exactly once, sequential and concurrent", async () => {
    const started = await world.startOk("300.00");
    await world.simulator.settle(started.payRequestId, testCard("approved", "MasterCard"));
    await world.simulator.releaseNotify(started.payRequestId);
    const sequential = await world.simulator.replayNotify(started.payRequestId, 10);
    const concurrent = await world.simulator.replayNotify(started.payRequestId, 10, { concurrent: true });
    expect([...sequential, ...concurrent].every((outcome) => outcome.delivered)).toBe(true);
    expect(await world.balance()).toBe(300_00n);
    const events = await sourcesAndOutcomes(started.topUp.id);
    // Each of the 21 notifies was confirmed by its own query; one credited, twenty found it done.
    expect(events.filter(([source]) => source === "notify")).toEqual(Array(21).fill(["notify", "confirmed"]));
    expect(events.filter(([, outcome]) => outcome === "credited")).toHaveLength(1);
    expect(events.filter(([, outcome]) => outcome === "duplicate")).toHaveLength(20);
  });

  it.each([
    ["declined", testCard("declined"), "declined", "900007"],
    ["insufficient funds", testCard("insufficient-funds", "MasterCard"), "declined", "900003"],
    ["cancelled by the payer", "cancel", "cancelled", "990028"],
  ])("credits nothing when the payment is %s", async (_, card, status, resultCode) => {
    const started = await world.startOk("75.00");
    await world.simulator.settle(started.payRequestId, card);
    await world.simulator.releaseNotify(started.payRequestId);
    expect(await world.balance()).toBe(0n);
    expect(await world.topUpRow(started.topUp.id)).toMatchObject({ status, resultCode, entryId: null });
    expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
      ["query", status],
      ["notify", "confirmed"],
    ]);
  });
});

describe("a notify that must not be believed", () => {
  async function approvedMessage() {
    const started = await world.startOk("500.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    return { started, message: world.simulator.transaction(started.payRequestId)!.notifyMessage! };
  }

  it("with a forged checksum gets no OK, credits nothing and is logged", async () => {
    const { started, message } = await approvedMessage();
    const forged = signFields({ ...message, AMOUNT: "5000000" }, RESULT_FIELDS, "not-our-key");
    expect(await postNotify(forged)).toEqual({ status: 400, text: "Checksum mismatch" });
    expect(await world.balance()).toBe(0n);
    // Logged, and nothing written for it: a flood of forgeries cannot fill the database.
    expect(await world.events(started.topUp.id)).toEqual([]);
    expect(world.deps.logged).toContainEqual(expect.stringContaining("paygate notify REJECTED: rejected_checksum"));
    // A forged line break cannot forge a log line.
    await postNotify(signFields({ ...message, REFERENCE: "x\npaygate notify ok: credited" }, RESULT_FIELDS, "bad"));
    expect(world.deps.logged.every((line) => !line.includes("\n"))).toBe(true);
  });

  it.each([
    ["a changed amount", { AMOUNT: "5000000" }],
    ["another currency", { CURRENCY: "USD" }],
    ["another pay request", { PAY_REQUEST_ID: "00000000-0000-0000-0000-000000000000" }],
  ])(
    "with %s (correctly signed) is not believed: PayGate's own answer decides, a person is told",
    async (_, change) => {
      const { started, message } = await approvedMessage();
      const changed = signFields({ ...message, ...change }, RESULT_FIELDS, world.merchant.encryptionKey);
      expect(await postNotify(changed)).toEqual({ status: 200, text: "OK" });
      // PayGate says the R500.00 payment it took is approved: that, and only that, is credited.
      expect(await world.balance()).toBe(500_00n);
      expect(await sourcesAndOutcomes(started.topUp.id)).toEqual([
        ["query", "credited"],
        ["notify", "not_confirmed"],
      ]);
      expect(world.deps.logged).toContainEqual(expect.stringContaining("paygate notify REJECTED: not_confirmed"));
      // Someone signed with our key what PayGate does not say: the payments desk hears of it, once.
      await postNotify(changed);
      expect(await world.balance()).toBe(500_00n);
      const alerts = (await findNotices(world.db, world.walletId)).filter((notice) => notice.kind === "payment_alert");
      expect(alerts.map((notice) => [notice.recipient, notice.subject])).toEqual([
        ["payments@provider.test", `Payment needs a person: top-up ${started.topUp.reference} not_confirmed`],
      ]);
      expect(alerts[0]!.body).toContain("rotate it");
    },
  );

  it("forged on the way back from PayGate: the browser goes to the wallet page and nothing is written", async () => {
    const started = await world.startOk("100.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    const forged = { ...world.returnFields(started.payRequestId), CHECKSUM: "0".repeat(32) };
    const response = await postReturn(forged);
    expect(response.headers.get("location")).toBe("http://127.0.0.1:5173/wallet");
    expect(await world.events(started.topUp.id)).toEqual([]);
    expect(world.deps.logged).toContainEqual(expect.stringContaining("paygate return REJECTED: checksum mismatch"));
  });

  it("for an unknown reference credits nothing and is logged", async () => {
    const { message } = await approvedMessage();
    const unknown = signFields(
      { ...message, REFERENCE: "DCX-UNKNOWN000" },
      RESULT_FIELDS,
      world.merchant.encryptionKey,
    );
    expect(await postNotify(unknown)).toEqual({ status: 200, text: "OK" });
    expect(await world.balance()).toBe(0n);
    expect(world.deps.logged.some((line) => line.includes("REJECTED: unknown_reference"))).toBe(true);
  });
});

describe("the receipt", () => {
  it("is queued with the credit and e-mailed once to the payer", async () => {
    const started = await world.startOk("1234.56");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    await world.simulator.releaseNotify(started.payRequestId);
    await world.simulator.replayNotify(started.payRequestId, 3);
    expect(await sendDueNotices(world.db, world.deps.mailer)).toEqual({ sent: 1, failed: 0 });
    expect(await sendDueNotices(world.db, world.deps.mailer)).toEqual({ sent: 0, failed: 0 });
    const [receipt] = world.deps.mailer.sent;
    expect(receipt!.to).toBe("finance@example.co.za");
    expect(receipt!.subject).toBe(`Receipt: R 1 234.56 added to your DCX Cloud wallet (${started.topUp.reference})`);
    expect(receipt!.text).toContain("Wallet balance:  R 1 234.56");
    expect(await findNotices(world.db, world.walletId)).toHaveLength(1);
  });

  it("is retried later when the mail server fails", async () => {
    const started = await world.startOk("20.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    await world.simulator.releaseNotify(started.payRequestId);
    const failing = { send: () => Promise.reject(new Error("451 try later")) };
    expect(await sendDueNotices(world.db, failing)).toEqual({ sent: 0, failed: 1 });
    expect(await sendDueNotices(world.db, world.deps.mailer)).toEqual({ sent: 0, failed: 0 }); // not due yet
    const later = new Date(Date.now() + 60_000);
    expect(await sendDueNotices(world.db, world.deps.mailer, later)).toEqual({ sent: 1, failed: 0 });
  });
});
