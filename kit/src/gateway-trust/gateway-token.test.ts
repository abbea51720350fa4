import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signGatewayToken, verifyGatewayToken } from "./gateway-token";
import { createGatewayTokenVerifier } from "./gateway-token-verifier";
import { bodyHash } from "./request-binding";

const gateway = generateKeyPairSync("ed25519");
const impostor = generateKeyPairSync("ed25519");
const request = { method: "POST", body: '{"query":"{ wallet { balance } }","variables":{}}' };

const rejection = (reason: string) =>
  expect.objectContaining({
    message: "Requests must come through the gateway",
    extensions: { code: "UNAUTHENTICATED", reason },
  });

/** A token with chosen times, otherwise as the gateway signs it. */
const tokenAt = (iat: number, exp: number) =>
  new SignJWT({ caller: null, clientAddress: "x", htm: "POST", bh: bodyHash(request.body) })
    .setProtectedHeader({ alg: "EdDSA" })
    .setIssuer("dcx-gateway")
    .setAudience("wallet")
    .setJti(`jti-${iat}-${exp}`)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(gateway.privateKey);

describe("gateway tokens", () => {
  it("verify for the subgraph and the exact request they were signed for", async () => {
    const token = await signGatewayToken(gateway.privateKey, "wallet", request);
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", request)).resolves.toMatchObject({
      audience: "wallet",
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const bytes = { method: "post", body: new TextEncoder().encode(request.body) };
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", bytes)).resolves.toBeTruthy();
  });

  it("are refused for another body, another method, or a body changed by one byte", async () => {
    const token = await signGatewayToken(gateway.privateKey, "wallet", request);
    const mutation = { method: "POST", body: '{"query":"mutation { adjustWallet }","variables":{}}' };
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", mutation)).rejects.toEqual(
      rejection("signed for another body"),
    );
    const oneByte = { method: "POST", body: request.body.replace("{}", "{ }") };
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", oneByte)).rejects.toEqual(
      rejection("signed for another body"),
    );
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", { ...request, method: "GET" })).rejects.toEqual(
      rejection("signed for another method"),
    );
  });

  it("are refused when missing, forged, for another subgraph or unsigned", async () => {
    await expect(verifyGatewayToken(gateway.publicKey, undefined, "wallet", request)).rejects.toEqual(
      rejection("missing gateway signature"),
    );
    const forged = await signGatewayToken(impostor.privateKey, "wallet", request);
    await expect(verifyGatewayToken(gateway.publicKey, forged, "wallet", request)).rejects.toEqual(
      rejection("ERR_JWS_SIGNATURE_VERIFICATION_FAILED"),
    );
    const forVms = await signGatewayToken(gateway.privateKey, "vms", request);
    await expect(verifyGatewayToken(gateway.publicKey, forVms, "wallet", request)).rejects.toEqual(
      rejection("ERR_JWT_CLAIM_VALIDATION_FAILED"),
    );
    const [header, payload] = (await signGatewayToken(gateway.privateKey, "wallet", request)).split(".");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    expect(header).toBeTruthy();
    await expect(verifyGatewayToken(gateway.publicKey, unsigned, "wallet", request)).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("live 10 seconds with 2 seconds of clock tolerance: accepted until 12 s, refused from 12 s", async () => {
    const issued = 1_800_000_000;
    const at = (ms: number) => () => issued * 1000 + ms;
    for (const token of [await tokenAt(issued, issued + 10), await tokenAt(issued, issued + 3600)]) {
      // A later exp does not make a token live longer: its age counts.
      await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", request, at(11_999))).resolves.toBeTruthy();
      await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", request, at(12_000))).rejects.toEqual(
        rejection("ERR_JWT_EXPIRED"),
      );
    }
  });

  it("are refused when issued more than the clock tolerance in the future", async () => {
    const issued = 1_800_000_000;
    const token = await tokenAt(issued, issued + 10);
    const at = (ms: number) => () => issued * 1000 + ms;
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", request, at(-2_000))).resolves.toBeTruthy();
    await expect(verifyGatewayToken(gateway.publicKey, token, "wallet", request, at(-2_001))).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});

describe("a subgraph's gateway token verifier", () => {
  it("accepts a token once: the same token with the same request is refused the second time", async () => {
    const verifier = createGatewayTokenVerifier(gateway.publicKey, "wallet");
    const token = await signGatewayToken(gateway.privateKey, "wallet", request);
    await expect(verifier.verify(token, request)).resolves.toBeTruthy();
    await expect(verifier.verify(token, request)).rejects.toEqual(rejection("token already used"));
    const fresh = await signGatewayToken(gateway.privateKey, "wallet", request);
    await expect(verifier.verify(fresh, request)).resolves.toBeTruthy();
  });

  it("forgets used ids once their tokens expired, and refuses new ones when its memory is full", async () => {
    const issued = 1_800_000_000;
    let now = issued * 1000;
    const verifier = createGatewayTokenVerifier(gateway.publicKey, "wallet", { now: () => now, capacity: 2 });
    await verifier.verify(await tokenAt(issued, issued + 10), request);
    await verifier.verify(await tokenAt(issued, issued + 11), request);
    await expect(verifier.verify(await tokenAt(issued, issued + 9), request)).rejects.toEqual(
      rejection("too many requests in flight"),
    );
    // At 12 s the first two are forgotten (no longer valid anyway); room again.
    now = (issued + 12) * 1000 + 1;
    await expect(verifier.verify(await tokenAt(issued + 12, issued + 22), request)).resolves.toBeTruthy();
  });
});
