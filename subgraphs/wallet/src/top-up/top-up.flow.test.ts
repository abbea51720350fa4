import "reflect-metadata";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeFields, RESULT_FIELDS, signFields } from "../paygate/protocol";
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
  });

  it("ignores the browser's return: the return page redirects, the balance stays", async () => {
    const started = await world.startOk("100.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    // As PayGate posts it: PAY_REQUEST_ID, TRANSACTION_STATUS and CHECKSUM only.
    expect(Object.keys(world.returnFields(started.payRequestId))).toEqual([
      "PAY_REQUEST_ID",
      "TRANSACTION_STATUS",
      "CHECKSUM",
    ]);
    const response = await fetch(`${world.subgraph.server.url}/paygate/return`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: encodeFields(world.returnFields(started.payRequestId)),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `http://127.0.0.1:5173/wallet/top-ups/${started.topUp.id}?org=${world.organizationId}`,
    );
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
  });

  it("credits a notify replayed 20 times exactly once, sequential and concurrent", async () => {
    const started = await world.startOk("300.00");
    await world.simulator.settle(started.payRequestId, testCard("approved", "MasterCard"));
    await world.simulator.releaseNotify(started.payRequestId);
    const sequential = await world.simulator.replayNotify(started.payRequestId, 10);
    const concurrent = await world.simulator.replayNotify(started.payRequestId, 10, { concurrent: true });
    expect([...sequential, ...concurrent].every((outcome) => outcome.delivered)).toBe(true);
    expect(await world.balance()).toBe(300_00n);
    const outcomes = (await world.events(started.topUp.id)).map((event) => event.outcome);
    expect(outcomes.filter((outcome) => outcome === "credited")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "duplicate")).toHaveLength(20);
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
    expect((await world.events(started.topUp.id)).map((event) => event.outcome)).toEqual([status]);
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
    ["a changed amount", { AMOUNT: "5000000" }, "rejected_amount"],
    ["another currency", { CURRENCY: "USD" }, "rejected_currency"],
    ["another pay request", { PAY_REQUEST_ID: "00000000-0000-0000-0000-000000000000" }, "rejected_pay_request"],
  ])("with %s (correctly signed) credits nothing and is logged", async (_, change, outcome) => {
    const { started, message } = await approvedMessage();
    const changed = signFields({ ...message, ...change }, RESULT_FIELDS, "secret");
    expect(await postNotify(changed)).toEqual({ status: 200, text: "OK" });
    expect(await world.balance()).toBe(0n);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("pending");
    expect((await world.events(started.topUp.id)).map((event) => event.outcome)).toEqual([outcome]);
    expect(world.deps.logged).toContainEqual(expect.stringContaining(`REJECTED: ${outcome}`));
    // PayGate may have taken money we could not credit: the payments desk hears of it, once.
    await postNotify(changed);
    const alerts = (await findNotices(world.db, world.walletId)).filter((notice) => notice.kind === "payment_alert");
    expect(alerts.map((notice) => [notice.recipient, notice.subject])).toEqual([
      ["payments@provider.test", `Payment needs a person: top-up ${started.topUp.reference} ${outcome}`],
    ]);
  });

  it("forged on the way back from PayGate: the browser goes to the wallet page and nothing is written", async () => {
    const started = await world.startOk("100.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    const forged = { ...world.returnFields(started.payRequestId), CHECKSUM: "0".repeat(32) };
    const response = await fetch(`${world.subgraph.server.url}/paygate/return`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: encodeFields(forged),
      redirect: "manual",
    });
    expect(response.headers.get("location")).toBe("http://127.0.0.1:5173/wallet");
    expect(await world.events(started.topUp.id)).toEqual([]);
    expect(world.deps.logged).toContainEqual(expect.stringContaining("paygate return REJECTED: checksum mismatch"));
  });

  it("for an unknown reference credits nothing and is logged", async () => {
    const { message } = await approvedMessage();
    const unknown = signFields({ ...message, REFERENCE: "DCX-UNKNOWN000" }, RESULT_FIELDS, "secret");
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
