import type { Spend } from "./cost-budget";

/**
 * When each caller refused for its budget was told it may retry (epoch ms), so that a request
 * coming sooner is refused before parsing, costing, or anything else a retry storm would take from
 * the other tenants. Past times are dropped as they are met, and all at once past `sweepAbove`.
 */
export class RefusedCallers {
  private readonly retryAt = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly sweepAbove = 10_000,
  ) {}

  told(caller: string, retryAfterSeconds: number): void {
    if (this.retryAt.size >= this.sweepAbove) this.sweep();
    this.retryAt.set(caller, this.now() + retryAfterSeconds * 1000);
  }

  served(caller: string): void {
    this.retryAt.delete(caller);
  }

  /** A refusal if `caller` asks again before the time it was told; else null. */
  earlyRetry(caller: string): Spend | null {
    const retryAt = this.retryAt.get(caller);
    if (retryAt === undefined) return null;
    const waitMs = retryAt - this.now();
    if (waitMs <= 0) {
      this.retryAt.delete(caller);
      return null;
    }
    return { ok: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }

  sweep(): void {
    const at = this.now();
    for (const [caller, retryAt] of this.retryAt) if (retryAt <= at) this.retryAt.delete(caller);
  }
}
