import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signGatewayToken, verifyGatewayToken } from "./gateway-token";

const gateway = generateKeyPairSync("ed25519");
const impostor = generateKeyPairSync("ed25519");

const rejection = (reason: string) =>
  expect.objectContaining({
    message: "Requests must come through the gateway",
    extensions: { code: "UNAUTHENTICATED", reason },
  });

describe("gateway tokens", () => {
  it("verify for the subgraph they were signed for", async () => {
    const token = await signGatewayToken(gateway.privateKey, "wallet");
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet")).resolves.toMatchObject({ audience: "wallet" });
  });

  it("are refused when missing, forged, for another subgraph, expired or unsigned", async () => {
    await expect(verifyGatewayToken(gateway.publicKey, undefined, "wallet")).rejects.toEqual(
      rejection("missing gateway signature"),
    );
    const forged = await signGatewayToken(impostor.privateKey, "wallet");
    await expect(verifyGatewayToken(gateway.publicKey, forged, "wallet")).rejects.toEqual(
      rejection("ERR_JWS_SIGNATURE_VERIFICATION_FAILED"),
    );
    const forVms = await signGatewayToken(gateway.privateKey, "vms");
    await expect(verifyGatewayToken(gateway.publicKey, forVms, "wallet")).rejects.toEqual(
      rejection("ERR_JWT_CLAIM_VALIDATION_FAILED"),
    );
    const fiveMinutesAgo = Math.floor(Date.now() / 1000) - 300;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("dcx-gateway")
      .setAudience("wallet")
      .setIssuedAt(fiveMinutesAgo)
      .setExpirationTime(fiveMinutesAgo + 60)
      .sign(gateway.privateKey);
    await expect(verifyGatewayToken(gateway.publicKey, expired, "wallet")).rejects.toEqual(
      rejection("ERR_JWT_EXPIRED"),
    );
    const [header, payload] = (await signGatewayToken(gateway.privateKey, "wallet")).split(".");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    expect(header).toBeTruthy();
    await expect(verifyGatewayToken(gateway.publicKey, unsigned, "wallet")).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
