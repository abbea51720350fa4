import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  ConfigError,
  createMailer,
  loadPublicKey,
  OutboxMailer,
  repoRoot,
  SESSION_KEY,
  signAccessToken,
  SmtpMailer,
  verifyAccessToken,
  writeKeyPair,
} from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, DEVELOPMENT_SIGN_IN_CODE_SECRET, loadTenancyConfig } from "./config";
import { createSessionDeps } from "./session/session.deps";

const SECRET = "s".repeat(40);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadTenancyConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadTenancyConfig", () => {
  it("uses the outbox under .data, the default sender and the development secret in development", () => {
    const config = loadTenancyConfig({});
    expect(config.mail).toEqual({
      smtp: undefined,
      outboxDir: path.join(repoRoot, ".data", "outbox"),
      from: DEFAULT_MAIL_FROM,
    });
    expect(config.signInCodeSecret).toBe(DEVELOPMENT_SIGN_IN_CODE_SECRET);
    expect(config.subgraph).toMatchObject({ name: "tenancy", port: 4001 });
    expect(createMailer(config.mail)).toBeInstanceOf(OutboxMailer);
    expect(loadTenancyConfig({ DATA_DIR: "/srv/dcx" }).mail.outboxDir).toBe(path.join("/srv/dcx", "outbox"));
  });

  it("sends over SMTP when SMTP_URL is set", () => {
    const config = loadTenancyConfig({
      SMTP_URL: "smtp://mailer:secret@mail.dcx.cloud:587",
      MAIL_FROM: "Ops <ops@dcx.cloud>",
    });
    expect(config.mail.smtp).toEqual({
      host: "mail.dcx.cloud",
      port: 587,
      implicitTls: false,
      username: "mailer",
      password: "secret",
    });
    expect(config.mail.from).toBe("Ops <ops@dcx.cloud>");
    expect(createMailer(config.mail)).toBeInstanceOf(SmtpMailer);
  });

  it("refuses to start in production without a sign-in code secret, or with the development one", () => {
    const keyFile = {
      SESSION_SIGNING_KEY_FILE: "/run/secrets/session-signing-key.pem",
      SSO_SECRET_KEY_FILE: "/run/secrets/sso-secret-key",
    };
    expect(problemsOf({ NODE_ENV: "production", ...keyFile })).toEqual([
      expect.stringMatching(/^SIGN_IN_CODE_SECRET: required in production/),
    ]);
    expect(
      problemsOf({ NODE_ENV: "production", SIGN_IN_CODE_SECRET: DEVELOPMENT_SIGN_IN_CODE_SECRET, ...keyFile }),
    ).toHaveLength(1);
    expect(
      loadTenancyConfig({ NODE_ENV: "production", SIGN_IN_CODE_SECRET: SECRET, ...keyFile }).signInCodeSecret,
    ).toBe(SECRET);
  });

  it("refuses to start in production without the session signing key file or the SSO secret key file", () => {
    expect(problemsOf({ NODE_ENV: "production", SIGN_IN_CODE_SECRET: SECRET })).toEqual([
      expect.stringMatching(/^SESSION_SIGNING_KEY_FILE: required in production/),
      expect.stringMatching(/^SSO_SECRET_KEY_FILE: required in production/),
    ]);
  });

  it("signs access tokens with the configured key file, or a development key under DATA_DIR/keys", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "dcx-keys-"));
    try {
      const { privateKeyFile, publicKeyFile } = writeKeyPair(folder, SESSION_KEY);
      const configured = loadTenancyConfig({ SESSION_SIGNING_KEY_FILE: privateKeyFile });
      expect(configured.sessionSigningKey).toMatchObject({ key: SESSION_KEY, file: privateKeyFile, production: false });
      const published = createPublicKey(readFileSync(publicKeyFile));
      const { token } = await signAccessToken(createSessionDeps(configured).signingKey, {
        sessionId: "s",
        userId: "u",
      });
      await expect(verifyAccessToken(published, token)).resolves.toMatchObject({ sessionId: "s" });

      const development = createSessionDeps(loadTenancyConfig({ DATA_DIR: folder })).signingKey;
      const { token: devToken } = await signAccessToken(development, { sessionId: "s", userId: "u" });
      const devPublic = loadPublicKey({ key: SESSION_KEY, dataDir: folder, production: false });
      await expect(verifyAccessToken(devPublic, devToken)).resolves.toMatchObject({ userId: "u" });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      NODE_ENV: "production",
      TENANCY_PORT: "not-a-port",
      SMTP_URL: "http://mail.dcx.cloud",
      MAIL_FROM: "nobody",
      SIGN_IN_CODE_SECRET: "short",
    });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(
      expect.arrayContaining(["TENANCY_PORT", "SMTP_URL", "MAIL_FROM", "SIGN_IN_CODE_SECRET"]),
    );
  });
});
