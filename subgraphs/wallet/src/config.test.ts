import { describe, expect, it } from "vitest";
import { loadWalletConfig } from "./config";

describe("the wallet's configuration", () => {
  it("points at the local PayGate simulator with PayGate's test merchant outside production", () => {
    const config = loadWalletConfig({ WALLET_PORT: "4102", HOST: "127.0.0.1" });
    expect(config.paygate).toEqual({
      baseUrl: "http://127.0.0.1:4010",
      paygateId: "10011072130",
      encryptionKey: "secret",
      processUrl: undefined,
    });
    expect(config.paygateNotifyUrl).toBe("http://127.0.0.1:4102/paygate/notify");
    expect(config.paygateReturnUrl).toBe("http://127.0.0.1:4102/paygate/return");
    expect(config.mail.from).toBe("DCX Cloud Billing <billing@dcx.cloud>");
  });

  it("refuses to start in production without PayGate's account and a public address, naming each", () => {
    expect(() => loadWalletConfig({ NODE_ENV: "production" })).toThrow(
      /PAYGATE_URL: required in production[\s\S]*PAYGATE_ID[\s\S]*PAYGATE_ENCRYPTION_KEY[\s\S]*PAYMENT_ALERT_EMAIL[\s\S]*WALLET_PUBLIC_URL/,
    );
  });

  it("takes PayGate and the callback addresses from the environment", () => {
    const config = loadWalletConfig({
      NODE_ENV: "production",
      PAYGATE_URL: "https://secure.paygate.co.za/",
      PAYGATE_ID: "10011072130",
      PAYGATE_ENCRYPTION_KEY: "merchant-key",
      WALLET_PUBLIC_URL: "https://pay.dcx.cloud",
      WALLET_MAIL_FROM: "Billing <billing@dcx.cloud>",
      PAYMENT_ALERT_EMAIL: "payments@dcx.cloud",
    });
    expect(config.paymentAlertEmail).toBe("payments@dcx.cloud");
    expect(config.paygate.baseUrl).toBe("https://secure.paygate.co.za");
    expect(config.paygateNotifyUrl).toBe("https://pay.dcx.cloud/paygate/notify");
    expect(config.paygateReturnUrl).toBe("https://pay.dcx.cloud/paygate/return");
  });
});
