import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACCESS_TOKEN_LIFETIME_SECONDS, signAccessToken, verifyAccessToken } from "./access-token";

const tenancy = generateKeyPairSync("ed25519");
const forger = generateKeyPairSync("ed25519");

describe("access tokens", () => {
  it("carry the session and user, and expire after ten minutes", async () => {
    const now = new Date();
    const { token, expiresAt } = await signAccessToken(tenancy.privateKey, { sessionId: "s-1", userId: "u-1" }, now);
    expect(expiresAt.getTime() - now.getTime()).toBeLessThanOrEqual(ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    await expect(verifyAccessToken(tenancy.publicKey, token)).resolves.toMatchObject({
      sessionId: "s-1",
      userId: "u-1",
    });
  });

  it("are refused when forged, expired or malformed", async () => {
    const forged = await signAccessToken(forger.privateKey, { sessionId: "s-1", userId: "u-1" });
    await expect(verifyAccessToken(tenancy.publicKey, forged.token)).rejects.toMatchObject({
      message: "Invalid access token",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const old = await signAccessToken(
      tenancy.privateKey,
      { sessionId: "s-1", userId: "u-1" },
      new Date(Date.now() - 3_600_000),
    );
    await expect(verifyAccessToken(tenancy.publicKey, old.token)).rejects.toMatchObject({
      message: "Access token expired",
    });
    await expect(verifyAccessToken(tenancy.publicKey, "not-a-token")).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
