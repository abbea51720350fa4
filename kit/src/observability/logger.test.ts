import { describe, expect, it } from "vitest";
import { captureLog } from "../testing/captured-log";
import { logLevelFromEnv } from "./logger";

describe("service logger", () => {
  it("writes one JSON object per line with time, level, service and the entry's fields", () => {
    const log = captureLog("wallet");
    log.logger.info({ event: "request", requestId: "r-12345678", status: 200 }, "request");
    expect(log.entries()).toEqual([
      expect.objectContaining({
        level: "info",
        service: "wallet",
        event: "request",
        requestId: "r-12345678",
        msg: "request",
      }),
    ]);
    expect(log.entries()[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("never writes credentials or GraphQL variables, at the top or nested two deep", () => {
    const log = captureLog("tenancy");
    const secrets = {
      authorization: "Bearer eyJ-top",
      variables: { email: "thandi@adcock.co.za", code: "482913" },
      headers: { cookie: "dcx_refresh=r-one", "x-dcx-gateway-token": "gw-one", "set-cookie": "c-one" },
      request: { body: { token: "tok-two", password: "pw-two", secret: "sec-two" } },
      refreshToken: "refresh-top",
      apiKey: "key-top",
    };
    log.logger.warn(secrets, "refused");
    const text = log.text();
    for (const value of [
      "eyJ-top",
      "482913",
      "thandi@",
      "r-one",
      "gw-one",
      "c-one",
      "tok-two",
      "pw-two",
      "sec-two",
      "refresh-top",
      "key-top",
    ]) {
      expect(text, value).not.toContain(value);
    }
    expect(log.entries()[0]).toMatchObject({ authorization: "[redacted]", headers: { cookie: "[redacted]" } });
  });

  it("keeps error codes readable (a `code` is not a secret)", () => {
    const log = captureLog("vms");
    log.logger.error({ code: "INTERNAL_SERVER_ERROR", sqlstate: "22003" }, "masked error");
    expect(log.entries()[0]).toMatchObject({ code: "INTERNAL_SERVER_ERROR", sqlstate: "22003" });
  });

  it("takes LOG_LEVEL, else info; test runs default to warn", () => {
    expect(logLevelFromEnv({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevelFromEnv({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevelFromEnv({})).toBe("info");
    expect(logLevelFromEnv({ VITEST: "true" })).toBe("warn");
  });
});
