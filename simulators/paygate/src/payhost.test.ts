import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPayGateSimulator, type PayGateSimulator } from "./paygate-simulator";
import { RESULT_FIELDS, hasValidChecksum } from "./protocol";
import { MERCHANT, initiate, query, submitPayment } from "./simulator-test-helpers";

let simulator: PayGateSimulator;
beforeAll(async () => {
  simulator = await startPayGateSimulator({ port: 0 });
});
afterAll(() => simulator.close());

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" ` +
  `xmlns:ns1="http://www.paygate.co.za/PayHOST"><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
const account = (password = MERCHANT.encryptionKey) =>
  `<ns1:Account><ns1:PayGateId>${MERCHANT.paygateId}</ns1:PayGateId><ns1:Password>${password}</ns1:Password></ns1:Account>`;
const payment = (vaultId: string, reference: string, amount = "15000", password?: string) =>
  envelope(
    `<ns1:SinglePaymentRequest><ns1:CardPaymentRequest>${account(password)}` +
      `<ns1:Customer><ns1:FirstName>A</ns1:FirstName><ns1:LastName>B</ns1:LastName><ns1:Email>a@b.co.za</ns1:Email></ns1:Customer>` +
      `<ns1:VaultId>${vaultId}</ns1:VaultId><ns1:Order><ns1:MerchantOrderId>${reference}</ns1:MerchantOrderId>` +
      `<ns1:Currency>ZAR</ns1:Currency><ns1:Amount>${amount}</ns1:Amount></ns1:Order></ns1:CardPaymentRequest></ns1:SinglePaymentRequest>`,
  );
const followUp = (reference: string) =>
  envelope(
    `<ns1:SingleFollowUpRequest><ns1:QueryRequest>${account()}<ns1:MerchantOrderId>${reference}</ns1:MerchantOrderId>` +
      `</ns1:QueryRequest></ns1:SingleFollowUpRequest>`,
  );
const post = async (xml: string) => {
  const response = await fetch(simulator.endpoints.payhost, {
    method: "POST",
    headers: { "content-type": "text/xml" },
    body: xml,
  });
  return { status: response.status, text: await response.text() };
};
const tag = (xml: string, name: string) => new RegExp(`<ns2:${name}>([^<]*)</ns2:${name}>`).exec(xml)?.[1];

describe("PayWeb3 VAULT=1", () => {
  it("returns the vaulted card's VAULT_ID, masked number and MMYYYY expiry for an approved card, signed", async () => {
    const initiated = await initiate(simulator, { REFERENCE: "vault-0001", VAULT: "1" });
    await submitPayment(simulator, initiated, { CARD: "5200000000000015" });
    const answer = await query(simulator, initiated);
    expect(hasValidChecksum(answer, RESULT_FIELDS, MERCHANT.encryptionKey)).toBe(true);
    expect(answer.VAULT_ID).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.PAYVAULT_DATA_1).toBe("520000******0015");
    expect(answer.PAYVAULT_DATA_2).toMatch(/^12\d{4}$/);
    expect(answer.PAY_METHOD_DETAIL).toBe("MasterCard");
  });

  it("vaults nothing without VAULT=1 or for a declined card", async () => {
    const plain = await initiate(simulator, { REFERENCE: "vault-0002" });
    await submitPayment(simulator, plain, { CARD: "4000000000000002" });
    expect((await query(simulator, plain)).VAULT_ID).toBe("");
    const declined = await initiate(simulator, { REFERENCE: "vault-0003", VAULT: "1" });
    await submitPayment(simulator, declined, { CARD: "4000000000000036" });
    expect((await query(simulator, declined)).VAULT_ID).toBe("");
  });
});

describe("PayHost vault payments", () => {
  it("approves a vaulted approved test card and answers the follow-up query the same", async () => {
    const vaultId = simulator.vaultCard("4000000000000002");
    const paid = await post(payment(vaultId, "ph-approve"));
    expect(paid.status).toBe(200);
    expect(tag(paid.text, "TransactionStatusCode")).toBe("1");
    expect(tag(paid.text, "ResultCode")).toBe("990017");
    expect(tag(paid.text, "Reference")).toBe("ph-approve");
    expect(tag(paid.text, "Amount")).toBe("15000");
    const asked = await post(followUp("ph-approve"));
    expect(tag(asked.text, "TransactionId")).toBe(tag(paid.text, "TransactionId"));
    expect(asked.text).toContain("<ns2:QueryResponse>");
  });

  it("declines by PayGate's test-card table and answers 900002 Card Expired for an expired card", async () => {
    const declined = await post(payment(simulator.vaultCard("4000000000000028"), "ph-decline"));
    expect([tag(declined.text, "TransactionStatusCode"), tag(declined.text, "ResultDescription")]).toEqual([
      "2",
      "Insufficient Funds",
    ]);
    const expired = await post(payment(simulator.vaultCard("4000000000000002", { expiry: "012020" }), "ph-expired"));
    expect([tag(expired.text, "ResultCode"), tag(expired.text, "ResultDescription")]).toEqual([
      "900002",
      "Card Expired",
    ]);
  });

  it("refuses a wrong password, an unknown vault id and another merchant's card, charging nothing", async () => {
    const before = simulator.payHost.payments().length;
    const vaultId = simulator.vaultCard("4000000000000002");
    expect(tag((await post(payment(vaultId, "ph-wrong", "100", "wrong"))).text, "StatusName")).toBe("Error");
    expect(tag((await post(payment("00000000-0000-0000-0000-000000000000", "ph-unknown"))).text, "StatusName")).toBe(
      "Error",
    );
    expect(tag((await post(followUp("never-paid"))).text, "StatusDetail")).toBe("Transaction not found");
    expect((await post("<not-xml")).status).toBe(500);
    expect(simulator.payHost.payments()).toHaveLength(before);
  });

  it("answers a repeated MerchantOrderId with the first payment, and can lose an answer after paying", async () => {
    const vaultId = simulator.vaultCard("4000000000000002");
    simulator.payHost.loseNextAnswers(1);
    expect((await post(payment(vaultId, "ph-lost"))).status).toBe(502);
    const again = await post(payment(vaultId, "ph-lost"));
    expect(tag(again.text, "TransactionStatusCode")).toBe("1");
    expect(simulator.payHost.payments().filter((p) => p.merchantOrderId === "ph-lost")).toHaveLength(1);
  });
});
