import { createHash } from "node:crypto";

/** A deterministic 32-bit hash of the parts (FNV-1a), for noise and choices that must repeat. */
export function hash32(...parts: (string | number)[]): number {
  let value = 0x811c9dc5;
  for (const part of parts) {
    const text = `${part}\u0000`;
    for (let index = 0; index < text.length; index++) {
      value ^= text.charCodeAt(index);
      value = Math.imul(value, 0x01000193);
    }
  }
  // A final avalanche so that neighbouring inputs do not give neighbouring outputs.
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}

/** A number in [0, 1) from the parts. */
export const unit = (...parts: (string | number)[]) => hash32(...parts) / 0x1_0000_0000;

/** A UUID (version 5 layout) derived from the parts: the same inventory seed gives the same VMs. */
export function derivedUuid(...parts: string[]): string {
  const bytes = createHash("sha1").update(parts.join("\u0000")).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A MAC address in VMware's 00:50:56 range, derived from the parts. */
export function derivedMac(...parts: string[]): string {
  const value = hash32("mac", ...parts);
  const octets = [(value >>> 16) & 0x3f, (value >>> 8) & 0xff, value & 0xff];
  return ["00", "50", "56", ...octets.map((octet) => octet.toString(16).padStart(2, "0"))].join(":");
}
