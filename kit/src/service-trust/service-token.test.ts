import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signGatewayToken } from "../gateway-trust/gateway-token";
import { createServiceTokenVerifier, signServiceToken } from "./service-token";

const vms = generateKeyPairSync("ed25519");
const billing = generateKeyPairSync("ed25519");
const impostor = generateKeyPairSync("ed25519");
const trusted = new Map([
  ["vms", vms.publicKey],
  ["telemetry-billing", billing.publicKey],
]);

const rejection = (reason: string) =>
  expect.objectContaining({
    message: "Requests must come through the gateway or a trusted service",
    extensions: { code: "UNAUTHENTICATED", reason },
  });

const tokenWith = (
  claims: { iss: string; aud: string; iat: number; exp: number; jti?: string },
  key = vms.privateKey,
) => {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp);
  return (claims.jti ? jwt.setJti(claims.jti) : jwt).sign(key);
};

describe("service tokens", () => {
  it("carry the calling service to the subgraph they were signed for", async () => {
    const token = await signServiceToken(vms.privateKey, "vms", "wallet");
    const claims = await createServiceTokenVerifier(trusted, "wallet").verify(token);
    expect(claims).toEqual({ service: "vms", audience: "wallet", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const other = await signServiceToken(billing.privateKey, "telemetry-billing", "wallet");
    await expect(createServiceTokenVerifier(trusted, "wallet").verify(other)).resolves.toMatchObject({
      service: "telemetry-billing",
    });
  });

  it("are accepted once: the same token sent again is refused", async () => {
    const verifier = createServiceTokenVerifier(trusted, "wallet");
    const token = await signServiceToken(vms.privateKey, "vms", "wallet");
    await verifier.verify(token);
    await expect(verifier.verify(token)).rejects.toEqual(rejection("token already used"));
  });

  it("are refused when missing, from an unknown service, signed by another key, or naming another service", async () => {
    const verifier = createServiceTokenVerifier(trusted, "wallet");
    await expect(verifier.verify(undefined)).rejects.toEqual(rejection("missing service signature"));
    await expect(verifier.verify("not-a-token")).rejects.toEqual(rejection("invalid token"));
    const unknown = await signServiceToken(impostor.privateKey, "catalog", "wallet");
    await expect(verifier.verify(unknown)).rejects.toEqual(rejection("untrusted service"));
    const forged = await signServiceToken(impostor.privateKey, "vms", "wallet");
    await expect(verifier.verify(forged)).rejects.toEqual(rejection("ERR_JWS_SIGNATURE_VERIFICATION_FAILED"));
    // The VMs key cannot vouch for another trusted service.
    const posing = await signServiceToken(vms.privateKey, "telemetry-billing", "wallet");
    await expect(verifier.verify(posing)).rejects.toEqual(rejection("ERR_JWS_SIGNATURE_VERIFICATION_FAILED"));
    // A gateway token is not a service token, even when the gateway's key were trusted as a service.
    const gatewayToken = await signGatewayToken(vms.privateKey, "wallet", { method: "POST", body: "{}" });
    await expect(verifier.verify(gatewayToken)).rejects.toEqual(rejection("untrusted service"));
  });

  it("are refused for another subgraph, expired, too long-lived, without jti, or unsigned", async () => {
    const verifier = createServiceTokenVerifier(trusted, "wallet");
    const forCatalog = await signServiceToken(vms.privateKey, "vms", "catalog");
    await expect(verifier.verify(forCatalog)).rejects.toEqual(rejection("ERR_JWT_CLAIM_VALIDATION_FAILED"));
    const now = Math.floor(Date.now() / 1000);
    const expired = await tokenWith({
      iss: "dcx-service:vms",
      aud: "wallet",
      iat: now - 300,
      exp: now - 240,
      jti: "a",
    });
    await expect(verifier.verify(expired)).rejects.toEqual(rejection("ERR_JWT_EXPIRED"));
    const longLived = await tokenWith({
      iss: "dcx-service:vms",
      aud: "wallet",
      iat: now - 120,
      exp: now + 3600,
      jti: "b",
    });
    await expect(verifier.verify(longLived)).rejects.toEqual(rejection("ERR_JWT_EXPIRED"));
    const noJti = await tokenWith({ iss: "dcx-service:vms", aud: "wallet", iat: now, exp: now + 60 });
    await expect(verifier.verify(noJti)).rejects.toEqual(rejection("ERR_JWT_CLAIM_VALIDATION_FAILED"));
    const [, payload] = (await signServiceToken(vms.privateKey, "vms", "wallet")).split(".");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    await expect(verifier.verify(unsigned)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("forget used tokens only after they could no longer be accepted", async () => {
    const tokens = await Promise.all(
      Array.from({ length: 10_001 }, () => signServiceToken(vms.privateKey, "vms", "wallet")),
    );
    // The clock starts once all are signed: signing 10 001 tokens on a busy machine takes seconds.
    let now = Date.now();
    const verifier = createServiceTokenVerifier(trusted, "wallet", () => now);
    for (const token of tokens.slice(0, 10_000)) await verifier.verify(token);
    now += 30_000;
    await verifier.verify(tokens[10_000]!);
    await expect(verifier.verify(tokens[0]!)).rejects.toEqual(rejection("token already used"));
    now += 60_000;
    await expect(verifier.verify(tokens[1]!)).rejects.toEqual(rejection("ERR_JWT_EXPIRED"));
  });

  it("name services plainly", async () => {
    await expect(signServiceToken(vms.privateKey, "VMs:admin", "wallet")).rejects.toThrow(/not a service name/);
  });
});
