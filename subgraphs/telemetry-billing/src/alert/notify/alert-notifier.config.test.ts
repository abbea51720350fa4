import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadAlertNotifier } from "./alert-notifier.config";

const dataRoot = mkdtempSync(path.join(tmpdir(), "alert-notifier-"));
const development = { dataRoot, nodeEnv: "development" as const };

describe("loadAlertNotifier", () => {
  it("is null without tenancy's URL: alerts fire, their e-mails wait", () => {
    expect(loadAlertNotifier(development, {}, () => {})).toBeNull();
  });

  it("builds a notifier with the development key when tenancy's URL is set", () => {
    const notifier = loadAlertNotifier(
      development,
      { TELEMETRY_BILLING_TENANCY_URL: "http://127.0.0.1:4001/graphql" },
      () => {},
    );
    expect(notifier).toEqual({ notify: expect.any(Function) });
  });

  it("lists every problem at once, and wants a signing key in production", () => {
    expect(() =>
      loadAlertNotifier(
        { dataRoot, nodeEnv: "production" },
        {
          TELEMETRY_BILLING_TENANCY_URL: "http://tenancy.internal/graphql",
          WEB_URL: "not a url",
          TELEMETRY_BILLING_MAIL_FROM: "nobody",
        },
        () => {},
      ),
    ).toThrow(/WEB_URL[\s\S]*TELEMETRY_BILLING_MAIL_FROM[\s\S]*TELEMETRY_BILLING_SERVICE_SIGNING_KEY_FILE/);
  });
});
