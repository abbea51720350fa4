import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIATE_FIELDS,
  INITIATE_RESPONSE_FIELDS,
  QUERY_FIELDS,
  RESULT_FIELDS,
  RETURN_FIELDS,
  TransactionStatus,
  decodeFields,
  hasValidChecksum,
  signFields,
  type PayWebFields,
} from "./protocol";
import { startPayGateSimulator, type PayGateSimulator } from "./paygate-simulator";
import {
  MERCHANT,
  initiate,
  initiateFields,
  openPaymentPage,
  parseReturnForm,
  postForm,
  query,
  startNotifyReceiver,
  submitPayment,
  type NotifyReceiver,
} from "./simulator-test-helpers";
import { TEST_CARDS } from "./test-cards";

const KEY = MERCHANT.encryptionKey;
let simulator: PayGateSimulator;
let receiver: NotifyReceiver;

beforeAll(async () => {
  receiver = await startNotifyReceiver();
  simulator = await startPayGateSimulator({ port: 0, notifyRetry: { attempts: 2, delayMs: 10 } });
});

afterAll(async () => {
  await simulator?.close();
  await receiver?.close();
});

/** Initiates with this test's NOTIFY_URL and a fresh reference. */
let counter = 0;
const start = (overrides: Record<string, string> = {}) =>
  initiate(simulator, { REFERENCE: `topup-${++counter}`, NOTIFY_URL: receiver.url, ...overrides });

const notifiesFor = (payRequestId: string) => receiver.received().filter((n) => n.PAY_REQUEST_ID === payRequestId);

describe("initiate.trans", () => {
  it("answers PAYGATE_ID, an upper-case GUID PAY_REQUEST_ID, REFERENCE and a valid CHECKSUM", async () => {
    const response = await initiate(simulator, { REFERENCE: "pgtest_123456789" });
    expect(Object.keys(response)).toEqual(["PAYGATE_ID", "PAY_REQUEST_ID", "REFERENCE", "CHECKSUM"]);
    expect(response.PAYGATE_ID).toBe(MERCHANT.paygateId);
    expect(response.REFERENCE).toBe("pgtest_123456789");
    expect(response.PAY_REQUEST_ID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(hasValidChecksum(response, INITIATE_RESPONSE_FIELDS, KEY)).toBe(true);
    expect(simulator.transaction(response.PAY_REQUEST_ID!)?.request.AMOUNT).toBe("25000");
  });

  it("accepts the optional fields and keeps them for the result", async () => {
    const response = await start({ PAY_METHOD: "CC", USER1: "org-1", USER3: "x y&z" });
    expect(response.PAY_REQUEST_ID).toBeDefined();
    expect(simulator.transaction(response.PAY_REQUEST_ID!)?.request).toMatchObject({ USER1: "org-1", USER3: "x y&z" });
  });

  it("answers ERROR=DATA_CHK for a checksum that does not match", async () => {
    const signed = signFields(initiateFields(), INITIATE_FIELDS, KEY);
    const { status, text } = await postForm(simulator.endpoints.initiate, { ...signed, AMOUNT: "1" });
    expect(status).toBe(200);
    expect(decodeFields(text)).toEqual({ ERROR: "DATA_CHK" });
    expect(await initiate(simulator, {}, "not-the-key")).toEqual({ ERROR: "DATA_CHK" });
  });

  it("answers ERROR=PGID_NOT_EN for a PAYGATE_ID that is not a configured merchant", async () => {
    expect(await initiate(simulator, { PAYGATE_ID: "10011099999" })).toEqual({ ERROR: "PGID_NOT_EN" });
  });

  it.each([[""], ["abc"], ["123"]])("answers ERROR=ND_INV_PGID for PAYGATE_ID %j", async (paygateId) => {
    expect(await initiate(simulator, { PAYGATE_ID: paygateId })).toEqual({ ERROR: "ND_INV_PGID" });
  });

  it.each([
    ["AMOUNT", "12.50", "DATA_AMT_NUM"],
    ["AMOUNT", "-100", "DATA_AMT_NUM"],
    ["AMOUNT", "R100", "DATA_AMT_NUM"],
    ["AMOUNT", "0100", "DATA_AMT_NUM"],
    ["AMOUNT", "99999999999999999999", "DATA_AMT_NUM"],
    ["AMOUNT", "0", "DATA_AMT_ZERO"],
    ["EMAIL", "", "DATA_PW"],
    ["REFERENCE", "", "DATA_PW"],
    ["RETURN_URL", "", "DATA_PW"],
    ["CURRENCY", "USD", "DATA_CUR"],
    ["TRANSACTION_DATE", "2025-02-30 10:00:00", "DATA_DTTM"],
    ["TRANSACTION_DATE", "2025-03-14T09:26:53", "DATA_DTTM"],
    ["EMAIL", "not-an-email", "DATA_EMAIL"],
    ["PAY_METHOD", "EW", "DATA_PM"],
    ["RETURN_URL", "javascript:alert(1)", "DATA_REGEX"],
    ["NOTIFY_URL", "ftp://merchant.example/notify", "DATA_REGEX"],
    ["COUNTRY", "ZA", "DATA_REGEX"],
    ["LOCALE", "english", "DATA_REGEX"],
    ["REFERENCE", "x".repeat(111), "DATA_REGEX"],
  ])("answers ERROR=%s for %s %j", async (field, value, error) => {
    expect(await initiate(simulator, { [field]: value })).toEqual({ ERROR: error });
  });
});

describe("process.trans", () => {
  it("shows the reference, the amount in rand, every test card, a card number field, Pay and Cancel", async () => {
    const initiated = await start();
    const { status, text } = await openPaymentPage(simulator, initiated);
    expect(status).toBe(200);
    expect(text).toContain(initiated.REFERENCE);
    expect(text).toContain("R 250.00");
    for (const card of TEST_CARDS) {
      expect(text).toContain(`data-card="${card.number}"`);
      expect(text).toContain(`<label for="card-${card.number}">${card.brand} ${card.number}</label>`);
    }
    expect(text).toContain('<label for="card-number">');
    expect(text).toMatch(/<button type="submit" name="ACTION" value="pay"[^>]*>Pay<\/button>/);
    expect(text).toMatch(/<button type="submit" name="ACTION" value="cancel"[^>]*>Cancel<\/button>/);
  });

  it("escapes a malicious REFERENCE", async () => {
    const reference = `"><script>alert('x')</script>`;
    const initiated = await start({ REFERENCE: reference });
    expect(initiated.REFERENCE).toBe(reference);
    const { text } = await openPaymentPage(simulator, initiated);
    expect(text).not.toContain("<script>alert");
    expect(text).toContain("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  });

  it("refuses a checksum that does not match, an unknown and a missing PAY_REQUEST_ID", async () => {
    const initiated = await start();
    const badChecksum = await openPaymentPage(simulator, initiated, "0".repeat(32));
    expect(badChecksum.status).toBe(400);
    expect(badChecksum.text).toContain('data-error="DATA_CHK"');
    expect(badChecksum.text).not.toContain("data-card");
    const unknown = await openPaymentPage(simulator, {
      ...initiated,
      PAY_REQUEST_ID: "00000000-0000-0000-0000-000000000000",
    });
    expect(unknown.text).toContain('data-error="ND_INV_PRID"');
    const missing = await postForm(simulator.endpoints.process, { CHECKSUM: initiated.CHECKSUM! });
    expect(missing.text).toContain('data-error="DATA_PAY_REQ_ID"');
  });
});

interface PayCase {
  name: string;
  form: PayWebFields;
  brand: string;
  expected: { status: string; code: string };
}

const CASES: PayCase[] = [
  ...TEST_CARDS.map((card) => ({
    name: `${card.brand} ${card.number}`,
    form: { CARD: card.number },
    brand: card.brand,
    expected: {
      approved: { status: "1", code: "990017" },
      "insufficient-funds": { status: "2", code: "900003" },
      declined: { status: "2", code: "900007" },
    }[card.outcome],
  })),
  {
    name: "a typed unlisted card",
    form: { CARD_NUMBER: "4111 1111 1111 1111" },
    brand: "Visa",
    expected: { status: "2", code: "900007" },
  },
  {
    name: "a typed card over the chosen one",
    form: { CARD: "4000000000000002", CARD_NUMBER: "5200-0000-0000-0023" },
    brand: "MasterCard",
    expected: { status: "2", code: "900003" },
  },
  { name: "Cancel", form: { ACTION: "cancel" }, brand: "", expected: { status: "4", code: "990028" } },
];

describe("paying", () => {
  it.each(CASES)("with $name gives the same signed result in notify, return and query", async (testCase) => {
    const initiated = await start({ USER1: "wallet-7" });
    const { status, text } = await submitPayment(simulator, initiated, testCase.form);
    expect(status).toBe(200);

    // The notify is answered before the browser is sent back.
    const [notify, ...more] = notifiesFor(initiated.PAY_REQUEST_ID!);
    expect(more).toEqual([]);
    expect(notify).toBeDefined();
    expect(Object.keys(notify!)).toEqual([...RESULT_FIELDS, "CHECKSUM"]);
    expect(hasValidChecksum(notify!, RESULT_FIELDS, KEY)).toBe(true);
    expect(notify).toMatchObject({
      PAYGATE_ID: MERCHANT.paygateId,
      PAY_REQUEST_ID: initiated.PAY_REQUEST_ID,
      REFERENCE: initiated.REFERENCE,
      TRANSACTION_STATUS: testCase.expected.status,
      RESULT_CODE: testCase.expected.code,
      CURRENCY: "ZAR",
      AMOUNT: "25000",
      PAY_METHOD: testCase.brand ? "CC" : "",
      PAY_METHOD_DETAIL: testCase.brand,
      USER1: "wallet-7",
      USER2: "",
      VAULT_ID: "",
    });
    expect(notify!.TRANSACTION_ID).toMatch(/^\d+$/);
    expect(notify!.RISK_INDICATOR).toMatch(/^(AX|NX)$/);
    if (testCase.expected.status === TransactionStatus.APPROVED) expect(notify!.AUTH_CODE).toMatch(/^[A-Z0-9]{6}$/);
    else expect(notify!.AUTH_CODE).toBe("");
    if (testCase.expected.status === TransactionStatus.USER_CANCELLED) expect(notify!.RESULT_DESC).toBe("Cancelled");

    const returned = parseReturnForm(text);
    expect(returned.action).toBe("https://merchant.example/return");
    // As documented: only these three are posted; PAYGATE_ID and REFERENCE are the merchant's own.
    expect(Object.keys(returned.fields)).toEqual(["PAY_REQUEST_ID", "TRANSACTION_STATUS", "CHECKSUM"]);
    const withOurRecords = { ...returned.fields, PAYGATE_ID: MERCHANT.paygateId, REFERENCE: initiated.REFERENCE! };
    expect(hasValidChecksum(withOurRecords, RETURN_FIELDS, KEY)).toBe(true);
    expect(returned.fields).toMatchObject({
      PAY_REQUEST_ID: initiated.PAY_REQUEST_ID,
      TRANSACTION_STATUS: testCase.expected.status,
    });
    expect(text).toContain('<button type="submit" id="continue" class="primary">Continue</button>');

    const queried = await query(simulator, initiated);
    expect(hasValidChecksum(queried, RESULT_FIELDS, KEY)).toBe(true);
    expect(queried).toEqual(notify);
  });

  it("settles once: a second submit keeps the first outcome and sends no second notify", async () => {
    const initiated = await start();
    const first = await submitPayment(simulator, initiated, { CARD: "4000000000000002" });
    const second = await submitPayment(simulator, initiated, { CARD: "4000000000000036" });
    const cancelled = await submitPayment(simulator, initiated, { ACTION: "cancel" });
    expect(parseReturnForm(second.text).fields).toEqual(parseReturnForm(first.text).fields);
    expect(parseReturnForm(cancelled.text).fields.TRANSACTION_STATUS).toBe("1");
    expect((await query(simulator, initiated)).RESULT_CODE).toBe("990017");
    expect(notifiesFor(initiated.PAY_REQUEST_ID!)).toHaveLength(1);
    // Opening the page again sends the browser back with the same result.
    const reopened = await openPaymentPage(simulator, initiated);
    expect(parseReturnForm(reopened.text).fields).toEqual(parseReturnForm(first.text).fields);
  });

  it("shows the page again when no card is chosen or the typed number is not a card number", async () => {
    const initiated = await start();
    const none = await submitPayment(simulator, initiated, {});
    expect(none.status).toBe(400);
    expect(none.text).toContain('role="alert"');
    expect(none.text).toContain("data-card=");
    const short = await submitPayment(simulator, initiated, { CARD_NUMBER: "<b>1234</b>" });
    expect(short.text).toContain('value="&lt;b&gt;1234&lt;/b&gt;"');
    expect(simulator.transaction(initiated.PAY_REQUEST_ID!)?.settlement).toBeUndefined();
    expect((await query(simulator, initiated)).TRANSACTION_STATUS).toBe("0");
  });

  it("refuses a submit whose checksum does not match", async () => {
    const initiated = await start();
    const { status, text } = await submitPayment(
      simulator,
      { ...initiated, CHECKSUM: "f".repeat(32) },
      { CARD: "4000000000000002" },
    );
    expect(status).toBe(400);
    expect(text).toContain('data-error="DATA_CHK"');
    expect(simulator.transaction(initiated.PAY_REQUEST_ID!)?.settlement).toBeUndefined();
  });

  it("sends no notify without a NOTIFY_URL", async () => {
    const initiated = await initiate(simulator, { REFERENCE: "no-notify" });
    const { text } = await submitPayment(simulator, initiated, { CARD: "5200000000000015" });
    expect(parseReturnForm(text).fields.TRANSACTION_STATUS).toBe("1");
    expect(simulator.deliveries(initiated.PAY_REQUEST_ID)).toEqual([]);
  });

  it("settles through the API as through the page", async () => {
    const initiated = await start();
    const settled = await simulator.settle(initiated.PAY_REQUEST_ID!, "4000000000000028");
    expect(settled.settlement).toMatchObject({ transactionStatus: "2", resultCode: "900003", payMethodDetail: "Visa" });
    expect(settled.notifyMessage).toEqual(notifiesFor(initiated.PAY_REQUEST_ID!)[0]);
    expect(await simulator.whenNotified(initiated.PAY_REQUEST_ID!)).toMatchObject({ delivered: true, attempts: 1 });
    await expect(simulator.settle("unknown", "cancel")).rejects.toThrow(/unknown/);
  });
});

describe("query.trans", () => {
  it("answers TRANSACTION_STATUS 0 with empty result fields before payment", async () => {
    const initiated = await start({ USER2: "u2" });
    const queried = await query(simulator, initiated);
    expect(Object.keys(queried)).toEqual([...RESULT_FIELDS, "CHECKSUM"]);
    expect(hasValidChecksum(queried, RESULT_FIELDS, KEY)).toBe(true);
    expect(queried).toMatchObject({
      PAY_REQUEST_ID: initiated.PAY_REQUEST_ID,
      REFERENCE: initiated.REFERENCE,
      TRANSACTION_STATUS: "0",
      RESULT_CODE: "",
      AUTH_CODE: "",
      RESULT_DESC: "",
      TRANSACTION_ID: "",
      AMOUNT: "25000",
      CURRENCY: "ZAR",
      USER2: "u2",
    });
  });

  it("answers ERROR=DATA_CHK, ND_INV_PRID, DATA_PAY_REQ_ID, PGID_NOT_EN as documented", async () => {
    const initiated = await start();
    expect(await query(simulator, initiated, "wrong")).toEqual({ ERROR: "DATA_CHK" });
    expect(await query(simulator, { ...initiated, PAY_REQUEST_ID: "00000000-0000-0000-0000-000000000000" })).toEqual({
      ERROR: "ND_INV_PRID",
    });
    expect(await query(simulator, { ...initiated, REFERENCE: "someone-else" })).toEqual({ ERROR: "ND_INV_PRID" });
    expect(await query(simulator, { ...initiated, PAY_REQUEST_ID: "" })).toEqual({ ERROR: "DATA_PAY_REQ_ID" });
    expect(await query(simulator, { ...initiated, PAYGATE_ID: "10011099999" })).toEqual({ ERROR: "PGID_NOT_EN" });
    const unsigned = { PAYGATE_ID: MERCHANT.paygateId, PAY_REQUEST_ID: initiated.PAY_REQUEST_ID!, REFERENCE: "r" };
    expect(decodeFields((await postForm(simulator.endpoints.query, unsigned)).text)).toEqual({ ERROR: "DATA_CHK" });
    expect(signFields(unsigned, QUERY_FIELDS, KEY).CHECKSUM).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("merchants", () => {
  it("takes the configured merchants and their keys", async () => {
    const other = await startPayGateSimulator({ merchants: [{ paygateId: "10011072131", encryptionKey: "k2" }] });
    try {
      expect(await initiate(other, { PAYGATE_ID: "10011072131" }, "k2")).toMatchObject({ PAYGATE_ID: "10011072131" });
      expect(await initiate(other, {})).toEqual({ ERROR: "PGID_NOT_EN" });
    } finally {
      await other.close();
    }
  });
});
