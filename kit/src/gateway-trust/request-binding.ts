import { createHash } from "node:crypto";

/**
 * The exact HTTP request a gateway token was signed for: its method and the bytes of its body.
 * A token bound to one request cannot carry another operation (or a mutation) to the subgraph.
 */
export interface SignedRequest {
  method: string;
  /** The body exactly as sent: the bytes the subgraph receives, before any JSON parsing. */
  body: string | Uint8Array;
}

/** SHA-256 of the body, base64url: what the token carries as `bh`. */
export function bodyHash(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("base64url");
}
