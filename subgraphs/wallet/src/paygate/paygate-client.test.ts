import express from "express";
import { listen } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PayGateClient, PayGateError } from "./paygate-client";
import { decodeFields, type PayWebFields } from "./protocol";

/*
 * The client on the wire against a local server that answers with PayGate's published examples
 * (docs.paygate.co.za: query-transaction-status, notify-url-response, redirect-to-payweb).
 */
const PAY_REQUEST_ID = "23B785AE-C96C-32AF-4879-D2C9363DB6E8";
const PUBLISHED_ANSWER =
  "PAYGATE_ID=10011072130&PAY_REQUEST_ID=23B785AE-C96C-32AF-4879-D2C9363DB6E8&REFERENCE=pgtest_123456789" +
  "&TRANSACTION_STATUS=1&RESULT_CODE=990017&AUTH_CODE=5T8A0Z&CURRENCY=ZAR&AMOUNT=3299&RESULT_DESC=Auth+Done" +
  "&TRANSACTION_ID=78705178&RISK_INDICATOR=AX&PAY_METHOD=CC&PAY_METHOD_DETAIL=Visa&CHECKSUM=f57ccf051307d8d0a0743b31ea379aa1";

let server: { url: string; close(): Promise<void> };
const received: PayWebFields[] = [];
let answer = PUBLISHED_ANSWER;

beforeAll(async () => {
  const app = express();
  app.use(express.text({ type: "application/x-www-form-urlencoded" }));
  app.post("/payweb3/query.trans", (request, response) => {
    received.push(decodeFields(String(request.body)));
    response.type("text/plain").send(answer);
  });
  server = await listen(app, 0, "127.0.0.1");
});
afterAll(() => server?.close());

const client = () => new PayGateClient({ baseUrl: server.url, paygateId: "10011072130", encryptionKey: "secret" });

describe("PayGate's query, on the wire", () => {
  it("posts the published query request, checksum included, and accepts the published answer", async () => {
    answer = PUBLISHED_ANSWER;
    const result = await client().query(PAY_REQUEST_ID, "pgtest_123456789");
    expect(received.at(-1)).toEqual({
      PAYGATE_ID: "10011072130",
      PAY_REQUEST_ID,
      REFERENCE: "pgtest_123456789",
      CHECKSUM: "b41a77f83a275a849f23e30b4666e837",
    });
    expect(result).toMatchObject({ TRANSACTION_STATUS: "1", AMOUNT: "3299", CURRENCY: "ZAR" });
  });

  it("refuses the published answer with one field changed", async () => {
    answer = PUBLISHED_ANSWER.replace("AMOUNT=3299", "AMOUNT=3300");
    await expect(client().query(PAY_REQUEST_ID, "pgtest_123456789")).rejects.toThrow(/failed its checksum/);
  });

  it("refuses a genuine answer about another transaction", async () => {
    answer = PUBLISHED_ANSWER;
    await expect(client().query(PAY_REQUEST_ID, "pgtest_987654321")).rejects.toThrow(/another transaction/);
  });

  it("reports PayGate's ERROR with its code", async () => {
    answer = "ERROR=ND_INV_PRID";
    const error = await client()
      .query(PAY_REQUEST_ID, "pgtest_123456789")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PayGateError);
    expect((error as PayGateError).code).toBe("ND_INV_PRID");
  });

  it("checks a return against our own records of PAYGATE_ID and REFERENCE", () => {
    // The documented return rule, hashed by hand in protocol.test.ts: 4d6f22d0….
    const posted = { PAY_REQUEST_ID, TRANSACTION_STATUS: "1", CHECKSUM: "4d6f22d0abdf222e3c9559d2383c12e2" };
    expect(client().verifyReturn(posted, "pgtest_123456789")).toBe(true);
    expect(client().verifyReturn(posted, "pgtest_123456780")).toBe(false);
    expect(client().verifyReturn({ ...posted, TRANSACTION_STATUS: "2" }, "pgtest_123456789")).toBe(false);
  });
});
