import { afterEach, describe, expect, it } from "vitest";
import { RESULT_FIELDS, hasValidChecksum } from "./protocol";
import { startPayGateSimulator, type PayGateSimulator, type PayGateSimulatorOptions } from "./paygate-simulator";
import {
  MERCHANT,
  initiate,
  parseReturnForm,
  sleep,
  startNotifyReceiver,
  submitPayment,
  type NotifyReceiver,
} from "./simulator-test-helpers";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(answer?: Parameters<typeof startNotifyReceiver>[0], options: PayGateSimulatorOptions = {}) {
  const receiver = await startNotifyReceiver(answer);
  cleanups.push(receiver.close);
  const simulator = await startPayGateSimulator({ notifyRetry: { attempts: 4, delayMs: 20 }, ...options });
  cleanups.push(simulator.close);
  return { receiver, simulator };
}

async function paid(simulator: PayGateSimulator, receiver: NotifyReceiver | string, card = "4000000000000002") {
  const notifyUrl = typeof receiver === "string" ? receiver : receiver.url;
  const initiated = await initiate(simulator, { NOTIFY_URL: notifyUrl });
  const page = await submitPayment(simulator, initiated, { CARD: card });
  return { initiated, returned: parseReturnForm(page.text), payRequestId: initiated.PAY_REQUEST_ID! };
}

describe("notify delivery", () => {
  it("retries while the receiver answers something other than OK, and stops after OK", async () => {
    const { receiver, simulator } = await setup((count) =>
      count === 1 ? { status: 500, body: "ERROR" } : count === 2 ? { body: "NOT OK" } : { body: "OK" },
    );
    const { payRequestId } = await paid(simulator, receiver);
    expect(await simulator.whenNotified(payRequestId)).toEqual({
      payRequestId,
      delivery: 1,
      delivered: true,
      attempts: 3,
    });
    expect(
      simulator.deliveries(payRequestId).map((attempt) => [attempt.attempt, attempt.outcome, attempt.status]),
    ).toEqual([
      [1, "rejected", 500],
      [2, "rejected", 200],
      [3, "ok", 200],
    ]);
    await sleep(100);
    expect(receiver.bodies).toHaveLength(3);
    expect(new Set(receiver.bodies).size).toBe(1);
  });

  it("waits longer before each retry", async () => {
    const { receiver, simulator } = await setup(() => ({ body: "no" }), { notifyRetry: { attempts: 3, delayMs: 60 } });
    const { payRequestId } = await paid(simulator, receiver);
    expect(await simulator.whenNotified(payRequestId)).toMatchObject({ delivered: false, attempts: 3 });
    const [first, second, third] = simulator.deliveries(payRequestId).map((attempt) => attempt.at.getTime());
    expect(second! - first!).toBeGreaterThanOrEqual(55);
    expect(third! - second!).toBeGreaterThanOrEqual(115);
  });

  it("gives up after the configured attempts, network errors included", async () => {
    const closed = await startNotifyReceiver();
    await closed.close();
    const { simulator } = await setup(undefined, { notifyRetry: { attempts: 3, delayMs: 5 } });
    const { payRequestId, returned } = await paid(simulator, closed.url);
    expect(returned.fields.TRANSACTION_STATUS).toBe("1");
    expect(await simulator.whenNotified(payRequestId)).toMatchObject({ delivered: false, attempts: 3 });
    const attempts = simulator.deliveries(payRequestId);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(["error", "error", "error"]);
    expect(attempts[0]!.error).toBeTruthy();
  });

  it("stops retrying when the simulator closes", async () => {
    const { receiver, simulator } = await setup(() => ({ body: "busy" }), {
      notifyRetry: { attempts: 5, delayMs: 10_000 },
    });
    const { payRequestId } = await paid(simulator, receiver);
    const outcome = simulator.whenNotified(payRequestId);
    await simulator.close();
    expect(await outcome).toMatchObject({ delivered: false, attempts: 1 });
  });
});

describe("manual notify", () => {
  it("holds the notify until released, then replays the same signed message", async () => {
    const { receiver, simulator } = await setup(undefined, { notify: "manual" });
    const { payRequestId, returned } = await paid(simulator, receiver);
    expect(returned.fields.TRANSACTION_STATUS).toBe("1");
    const released = simulator.whenNotified(payRequestId);
    await sleep(50);
    expect(receiver.bodies).toEqual([]);
    expect(simulator.transaction(payRequestId)?.notifyHeld).toBe(true);

    expect(await simulator.releaseNotify(payRequestId)).toMatchObject({ delivered: true, delivery: 1 });
    expect(await released).toMatchObject({ delivered: true, delivery: 1 });
    expect(simulator.transaction(payRequestId)?.notifyHeld).toBe(false);
    await expect(simulator.releaseNotify(payRequestId)).rejects.toThrow(/holds no notify/);

    const replays = await simulator.replayNotify(payRequestId, 3);
    expect(replays.map((outcome) => [outcome.delivery, outcome.delivered])).toEqual([
      [2, true],
      [3, true],
      [4, true],
    ]);
    expect(receiver.bodies).toHaveLength(4);
    expect(new Set(receiver.bodies).size).toBe(1);
    const [notify] = receiver.received();
    expect(hasValidChecksum(notify!, RESULT_FIELDS, MERCHANT.encryptionKey)).toBe(true);
    expect(notify).toEqual(simulator.transaction(payRequestId)?.notifyMessage);
  });

  it("replays concurrently when asked", async () => {
    const { receiver, simulator } = await setup(undefined, { notify: "manual" });
    const { payRequestId } = await paid(simulator, receiver, "5200000000000049");
    const outcomes = await simulator.replayNotify(payRequestId, 5, { concurrent: true });
    expect(outcomes.every((outcome) => outcome.delivered)).toBe(true);
    expect(receiver.bodies).toHaveLength(5);
    expect(new Set(receiver.bodies).size).toBe(1);
    expect(receiver.received()[0]).toMatchObject({ TRANSACTION_STATUS: "2", RESULT_CODE: "900007" });
  });

  it("refuses to replay before the transaction settled", async () => {
    const { receiver, simulator } = await setup(undefined, { notify: "manual" });
    const initiated = await initiate(simulator, { NOTIFY_URL: receiver.url });
    await expect(simulator.replayNotify(initiated.PAY_REQUEST_ID!, 1)).rejects.toThrow(/no notify/);
    await expect(simulator.releaseNotify(initiated.PAY_REQUEST_ID!)).rejects.toThrow(/holds no notify/);
  });
});
