import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "./secret";

describe("secrets", () => {
  it("are the prefix and 32 random bytes in base64url, different every time", () => {
    const secrets = Array.from({ length: 50 }, () => newSecret("dcx_rt_"));
    for (const secret of secrets) expect(secret).toMatch(/^dcx_rt_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secrets[0]!.slice("dcx_rt_".length), "base64url")).toHaveLength(32);
    expect(new Set(secrets).size).toBe(50);
  });

  it("are stored as their hex SHA-256", () => {
    expect(hashSecret("dcx_key_abc")).toBe(createHash("sha256").update("dcx_key_abc").digest("hex"));
    expect(hashSecret("dcx_key_abc")).toMatch(/^[0-9a-f]{64}$/);
  });
});
