import { ConfigError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { loadWalletConfig } from "./config";

/** A production environment that starts; each test changes one thing. */
const PRODUCTION = {
  NODE_ENV: "production",
  PAYGATE_URL: "https://secure.paygate.co.za/",
  PAYGATE_ID: "10011072131",
  PAYGATE_ENCRYPTION_KEY: "merchant-key",
  WALLET_PUBLIC_URL: "https://pay.dcx.cloud",
  WALLET_MAIL_FROM: "Billing <billing@dcx.cloud>",
  PAYMENT_ALERT_EMAIL: "payments@dcx.cloud",
  CARD_VAULT_KEY_FILE: "/run/secrets/card-vault-key",
};

/** The ConfigError's problems, or [] when the configuration loads. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadWalletConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe("the wallet's configuration", () => {
  it("refuses to start in production without the key that seals saved cards' vault ids", () => {
    expect(problemsOf({ ...PRODUCTION, CARD_VAULT_KEY_FILE: undefined })).toEqual([
      expect.stringMatching(/^CARD_VAULT_KEY_FILE: required in production/),
    ]);
  });

  it("seals vault ids with a development key under DATA_DIR/keys elsewhere", () => {
    expect(loadWalletConfig({ NODE_ENV: "test", DATA_DIR: "/tmp/dcx-data" }).cardVaultKey).toEqual({
      variable: "CARD_VAULT_KEY_FILE",
      name: "card-vault-key",
      file: undefined,
      dataDir: "/tmp/dcx-data",
      production: false,
    });
  });

  it("takes PayGate's merchant from the environment in development, pointing at the local simulator", () => {
    const config = loadWalletConfig({
      WALLET_PORT: "4102",
      HOST: "127.0.0.1",
      PAYGATE_ID: "12345678901",
      PAYGATE_ENCRYPTION_KEY: "0123456789abcdef0123456789abcdef",
    });
    expect(config.paygate).toEqual({
      baseUrl: "http://127.0.0.1:4010",
      paygateId: "12345678901",
      encryptionKey: "0123456789abcdef0123456789abcdef",
      processUrl: undefined,
    });
    expect(config.paygateNotifyUrl).toBe("http://127.0.0.1:4102/paygate/notify");
    expect(config.paygateReturnUrl).toBe("http://127.0.0.1:4102/paygate/return");
    expect(config.mail.from).toBe("DCX Cloud Billing <billing@dcx.cloud>");
  });

  it("has no built-in merchant in development: npm start passes the simulator's", () => {
    expect(() => loadWalletConfig({})).toThrow(ConfigError);
    expect(() => loadWalletConfig({})).toThrow(/PAYGATE_ID: required[\s\S]*PAYGATE_ENCRYPTION_KEY: required/);
    expect(() => loadWalletConfig({ PAYGATE_ID: "12345678901" })).toThrow(/PAYGATE_ENCRYPTION_KEY: required/);
  });

  it("falls back to PayGate's test merchant only for tests", () => {
    expect(loadWalletConfig({ NODE_ENV: "test" }).paygate).toMatchObject({
      paygateId: "10011072130",
      encryptionKey: "secret",
    });
  });

  it("refuses to start in production without PayGate's account and a public address, naming each", () => {
    expect(() => loadWalletConfig({ NODE_ENV: "production" })).toThrow(
      /PAYGATE_ID: required in production[\s\S]*PAYGATE_ENCRYPTION_KEY[\s\S]*PAYGATE_URL[\s\S]*PAYMENT_ALERT_EMAIL[\s\S]*WALLET_PUBLIC_URL/,
    );
  });

  it("takes PayGate and the callback addresses from the environment in production", () => {
    const config = loadWalletConfig(PRODUCTION);
    expect(config.paymentAlertEmail).toBe("payments@dcx.cloud");
    expect(config.paygate).toMatchObject({
      baseUrl: "https://secure.paygate.co.za",
      paygateId: "10011072131",
      encryptionKey: "merchant-key",
    });
    expect(config.paygateNotifyUrl).toBe("https://pay.dcx.cloud/paygate/notify");
    expect(config.paygateReturnUrl).toBe("https://pay.dcx.cloud/paygate/return");
  });

  it.each([
    ["PayGate's test merchant id", { PAYGATE_ID: "10011072130" }, /PAYGATE_ID: PayGate's public test merchant/],
    ["PayGate's test key", { PAYGATE_ENCRYPTION_KEY: "secret" }, /PAYGATE_ENCRYPTION_KEY: PayGate's public test key/],
    ["the test key in capitals", { PAYGATE_ENCRYPTION_KEY: "SECRET" }, /public test key/],
    ["the test key with spaces", { PAYGATE_ENCRYPTION_KEY: " secret " }, /public test key/],
    ["no PayGate id", { PAYGATE_ID: undefined }, /PAYGATE_ID: required in production/],
    ["an empty key", { PAYGATE_ENCRYPTION_KEY: "" }, /PAYGATE_ENCRYPTION_KEY/],
    ["PayGate over plain http (a simulator)", { PAYGATE_URL: "http://paygate:4010" }, /PAYGATE_URL: must be https/],
  ])("refuses in production %s with a ConfigError", (_, change, message) => {
    const env = { ...PRODUCTION, ...change };
    expect(() => loadWalletConfig(env)).toThrow(ConfigError);
    expect(() => loadWalletConfig(env)).toThrow(message);
  });

  it("accepts in production the neighbours of the test merchant: another id, a longer key", () => {
    expect(problemsOf({ ...PRODUCTION, PAYGATE_ID: "10011072131" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, PAYGATE_ID: "10011072129" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, PAYGATE_ENCRYPTION_KEY: "secret1" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, PAYGATE_ENCRYPTION_KEY: "secre" })).toEqual([]);
  });

  it("lists the test merchant's id and key together", () => {
    const env = { ...PRODUCTION, PAYGATE_ID: "10011072130", PAYGATE_ENCRYPTION_KEY: "secret" };
    expect(() => loadWalletConfig(env)).toThrow(/PAYGATE_ID: PayGate's[\s\S]*PAYGATE_ENCRYPTION_KEY: PayGate's/);
  });

  it("allows PayGate's test merchant outside production (PayGate's own sandbox uses it)", () => {
    const env = {
      PAYGATE_URL: "https://secure.paygate.co.za",
      PAYGATE_ID: "10011072130",
      PAYGATE_ENCRYPTION_KEY: "secret",
    };
    expect(loadWalletConfig(env).paygate.paygateId).toBe("10011072130");
  });
});

describe("PayHost for saved cards", () => {
  it("reaches PayHost on PayGate's host as the same merchant unless told otherwise", () => {
    const config = loadWalletConfig({ ...PRODUCTION });
    expect(config.payhost).toEqual({
      url: "https://secure.paygate.co.za/payhost/process.trans",
      paygateId: "10011072131",
      password: "merchant-key",
    });
    expect(config.jobs.cardChargeSeconds).toBe(5);
  });

  it("takes PayHost's own URL, merchant and password, and wants https in production", () => {
    const own = {
      PAYHOST_URL: "https://payhost.example/process.trans",
      PAYHOST_PAYGATE_ID: "10011099999",
      PAYHOST_PASSWORD: "payhost-password",
    };
    expect(loadWalletConfig({ ...PRODUCTION, ...own }).payhost).toEqual({
      url: own.PAYHOST_URL,
      paygateId: own.PAYHOST_PAYGATE_ID,
      password: own.PAYHOST_PASSWORD,
    });
    expect(problemsOf({ ...PRODUCTION, PAYHOST_URL: "http://payhost.example/process.trans" })).toEqual([
      "PAYHOST_URL: must be https in production",
    ]);
  });
});
