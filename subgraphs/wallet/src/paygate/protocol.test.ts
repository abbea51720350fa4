import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decodeFields,
  hasValidChecksum,
  INITIATE_FIELDS,
  INITIATE_RESPONSE_FIELDS,
  payWebChecksum,
  QUERY_FIELDS,
  RESULT_FIELDS,
  RETURN_FIELDS,
  signFields,
} from "./protocol";

/*
 * PayGate's published PayWeb3 examples (its public test merchant 10011072130, key "secret"). The
 * local simulator keeps its own copy of the protocol and is held to the same examples, so neither
 * can drift from PayGate while agreeing with the other.
 */

// The initiate sample of PayGate's PayWeb3 documentation (docs.paygate.co.za, PayWeb 3 → Initiate,
// the cURL sample with TRANSACTION_DATE 2018-01-01 12:00:00).
const INITIATE = {
  PAYGATE_ID: "10011072130",
  REFERENCE: "pgtest_123456789",
  AMOUNT: "3299",
  CURRENCY: "ZAR",
  RETURN_URL: "https://my.return.url/page",
  TRANSACTION_DATE: "2018-01-01 12:00:00",
  LOCALE: "en-za",
  COUNTRY: "ZAF",
  EMAIL: "customer@paygate.co.za",
};
const PAY_REQUEST_ID = "23B785AE-C96C-32AF-4879-D2C9363DB6E8";
// docs.paygate.co.za/paygate-by-network/reference/redirect-to-payweb: the process.trans form's CHECKSUM.
const REDIRECT_CHECKSUM = "b41a77f83a275a849f23e30b4666e837";
// docs.paygate.co.za/paygate-by-network/reference/notify-url-response: "Sample Notify Payload".
const NOTIFY_BODY =
  "PAYGATE_ID=10011072130&PAY_REQUEST_ID=23B785AE-C96C-32AF-4879-D2C9363DB6E8&REFERENCE=pgtest_123456789" +
  "&TRANSACTION_STATUS=1&RESULT_CODE=990017&AUTH_CODE=5T8A0Z&CURRENCY=ZAR&AMOUNT=3299&RESULT_DESC=Auth+Done" +
  "&TRANSACTION_ID=78705178&RISK_INDICATOR=AX&PAY_METHOD=CC&PAY_METHOD_DETAIL=Visa&CHECKSUM=f57ccf051307d8d0a0743b31ea379aa1";

describe("PayWeb3 checksums against PayGate's published examples", () => {
  it("reproduce the initiate request's", () => {
    expect(payWebChecksum(INITIATE, INITIATE_FIELDS, "secret")).toBe("59229d9c6cb336ae4bd287c87e6f0220");
  });

  it("follow the documented order, not the order fields arrive in", () => {
    const shuffled = Object.fromEntries(Object.entries(INITIATE).reverse());
    const signed = signFields(shuffled, INITIATE_FIELDS, "secret");
    expect(Object.keys(signed)).toEqual([...Object.keys(INITIATE), "CHECKSUM"]);
    expect(signed.CHECKSUM).toBe("59229d9c6cb336ae4bd287c87e6f0220");
  });

  it("accept the initiate answer the browser posts to process.trans", () => {
    const answer = { PAYGATE_ID: "10011072130", PAY_REQUEST_ID, REFERENCE: "pgtest_123456789" };
    expect(hasValidChecksum({ ...answer, CHECKSUM: REDIRECT_CHECKSUM }, INITIATE_RESPONSE_FIELDS, "secret")).toBe(true);
  });

  it("sign the published query request as PayGate's redirect example (same fields, same order)", () => {
    const request = { PAYGATE_ID: "10011072130", PAY_REQUEST_ID, REFERENCE: "pgtest_123456789" };
    expect(signFields(request, QUERY_FIELDS, "secret").CHECKSUM).toBe(REDIRECT_CHECKSUM);
  });

  it("accept the published notify payload, whose fields a query answer repeats, and nothing changed", () => {
    const notify = decodeFields(NOTIFY_BODY);
    expect(hasValidChecksum(notify, RESULT_FIELDS, "secret")).toBe(true);
    expect(hasValidChecksum({ ...notify, AMOUNT: "3300" }, RESULT_FIELDS, "secret")).toBe(false);
    expect(hasValidChecksum({ ...notify, TRANSACTION_STATUS: "2" }, RESULT_FIELDS, "secret")).toBe(false);
    expect(hasValidChecksum(notify, RESULT_FIELDS, "other")).toBe(false);
    expect(hasValidChecksum({ ...notify, CHECKSUM: "" }, RESULT_FIELDS, "secret")).toBe(false);
  });

  it("reproduce PayHost's published redirect example, whose key is 'test'", () => {
    // docs.paygate.co.za/paygate-by-network/reference/redirect-to-paygate ("Output: 5670e03e…").
    const fields = {
      PAYGATE_ID: "10011072130",
      PAY_REQUEST_ID: "7B44FC55-CA90-1922-B32D-00DD010772DB",
      REFERENCE: "Customer1",
    };
    expect(payWebChecksum(fields, QUERY_FIELDS, "test")).toBe("5670e03e6c66ac4f7dac32f553a7f9c2");
  });

  it("match the return's documented concatenation, written out by hand", () => {
    // PayGate's return-to-merchant page prints only a placeholder CHECKSUM; its rule is
    // PAYGATE_ID + PAY_REQUEST_ID + TRANSACTION_STATUS + REFERENCE + key (md5sum gives 4d6f22d0…).
    const concatenation = "10011072130" + "23B785AE-C96C-32AF-4879-D2C9363DB6E8" + "1" + "pgtest_123456789" + "secret";
    expect(createHash("md5").update(concatenation).digest("hex")).toBe("4d6f22d0abdf222e3c9559d2383c12e2");
    const fields = {
      PAYGATE_ID: "10011072130",
      PAY_REQUEST_ID,
      TRANSACTION_STATUS: "1",
      REFERENCE: "pgtest_123456789",
    };
    expect(payWebChecksum(fields, RETURN_FIELDS, "secret")).toBe("4d6f22d0abdf222e3c9559d2383c12e2");
  });
});
