import { percentile } from "../fairness/latency";
import type { Outcome } from "./dashboard-request";

const FIRST_ERRORS_KEPT = 5;

/** What a stretch of load got back: complete answers with their latencies, refusals, errors by code. */
export class Tally {
  readonly latenciesMs: number[] = [];
  rateLimited = 0;
  readonly errorsByCode = new Map<string, number>();
  readonly firstErrors: string[] = [];

  record(outcome: Outcome, latencyMs: number): void {
    switch (outcome.kind) {
      case "complete":
        this.latenciesMs.push(latencyMs);
        break;
      case "rate-limited":
        this.rateLimited += 1;
        break;
      case "error":
        this.recordError(outcome.code, outcome.detail);
        break;
    }
  }

  recordError(code: string, detail: string): void {
    this.errorsByCode.set(code, (this.errorsByCode.get(code) ?? 0) + 1);
    if (this.firstErrors.length < FIRST_ERRORS_KEPT) this.firstErrors.push(`${code}: ${detail}`);
  }

  get complete(): number {
    return this.latenciesMs.length;
  }

  get errors(): number {
    return [...this.errorsByCode.values()].reduce((sum, count) => sum + count, 0);
  }

  /** "0" or e.g. "3 (2 QUERY_TIMEOUT, 1 NETWORK_ECONNRESET)". */
  describeErrors(): string {
    if (this.errors === 0) return "0";
    return `${this.errors} (${[...this.errorsByCode].map(([code, count]) => `${count} ${code}`).join(", ")})`;
  }

  /** "p50 120 ms, p95 300 ms, p99 450 ms" of the complete answers. */
  describeLatency(): string {
    const at = (p: number) => percentile(this.latenciesMs, p).toFixed(0).padStart(5);
    return `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`;
  }
}
