/**
 * Token ids (`jti`) already accepted by this process, each kept until its token could no longer
 * verify anyway. Memory is bounded: past `capacity` live ids new tokens are refused (a process
 * would have to take more than `capacity` requests within one token lifetime), never forgotten
 * early, so a replay is never let through by pressure. The memory is per process: replicas share
 * it once the platform scales out.
 */
export class UsedTokenIds {
  // Insertion order is expiry order (every token gets the same lifetime), so the oldest are first.
  private readonly until = new Map<string, number>();

  constructor(
    private readonly capacity = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `jti` as used until `expiresAtMs`; "replayed" if it was already used, "full" at capacity. */
  claim(jti: string, expiresAtMs: number): "claimed" | "replayed" | "full" {
    this.forgetExpired();
    if (this.until.has(jti)) return "replayed";
    if (this.until.size >= this.capacity) return "full";
    this.until.set(jti, expiresAtMs);
    return "claimed";
  }

  get size(): number {
    return this.until.size;
  }

  private forgetExpired(): void {
    const at = this.now();
    for (const [jti, expiresAt] of this.until) {
      if (expiresAt > at) break;
      this.until.delete(jti);
    }
  }
}
