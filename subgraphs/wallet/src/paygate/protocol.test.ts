import { describe, expect, it } from "vitest";
import { INITIATE_FIELDS, INITIATE_RESPONSE_FIELDS, hasValidChecksum, payWebChecksum, signFields } from "./protocol";

// The worked example of PayGate's PayWeb3 documentation ("Initiate Request"), encryption key "secret".
const DOCUMENTED_INITIATE = {
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

describe("PayWeb3 checksums", () => {
  it("reproduce the documented initiate example", () => {
    expect(payWebChecksum(DOCUMENTED_INITIATE, INITIATE_FIELDS, "secret")).toBe("59229d9c6cb336ae4bd287c87e6f0220");
  });

  it("reproduce the documented initiate response", () => {
    const response = {
      PAYGATE_ID: "10011072130",
      PAY_REQUEST_ID: "23B785AE-C96C-32AF-4879-D2C9363DB6E8",
      REFERENCE: "pgtest_123456789",
      CHECKSUM: "b41a77f83a275a849f23e30b4666e837",
    };
    expect(hasValidChecksum(response, INITIATE_RESPONSE_FIELDS, "secret")).toBe(true);
  });

  it("follow the documented order, not the order fields arrive in", () => {
    const shuffled = Object.fromEntries(Object.entries(DOCUMENTED_INITIATE).reverse());
    const signed = signFields(shuffled, INITIATE_FIELDS, "secret");
    expect(Object.keys(signed)).toEqual([...Object.keys(DOCUMENTED_INITIATE), "CHECKSUM"]);
    expect(signed.CHECKSUM).toBe("59229d9c6cb336ae4bd287c87e6f0220");
  });

  it("fail for a changed field, a wrong key or a missing checksum", () => {
    const signed = signFields(DOCUMENTED_INITIATE, INITIATE_FIELDS, "secret");
    expect(hasValidChecksum(signed, INITIATE_FIELDS, "secret")).toBe(true);
    expect(hasValidChecksum({ ...signed, AMOUNT: "3300" }, INITIATE_FIELDS, "secret")).toBe(false);
    expect(hasValidChecksum(signed, INITIATE_FIELDS, "other")).toBe(false);
    expect(hasValidChecksum({ ...DOCUMENTED_INITIATE }, INITIATE_FIELDS, "secret")).toBe(false);
  });
});
