/** What one collection cycle did (for the log line, tests and metrics). */
export interface PerformanceCollectionReport {
  /** `skipped`: another cycle was running (here or in another replica); `stopped`: shut down between batches. */
  outcome: "collected" | "skipped" | "stopped" | "failed";
  /** Why it failed; the cursors of what was not acknowledged stay, so the next cycle sends it again. */
  error: string | null;
  /** VMs looked at (every one listed to telemetry-billing), and of them powered on (asked about). */
  polled: number;
  poweredOn: number;
  batches: number;
  batchesDone: number;
  /** QueryPerf calls to vCenter. */
  perfCalls: number;
  /** recordVmPerformance calls to telemetry-billing, every one acknowledged. */
  deliveries: number;
  samplesSent: number;
  /** Of those, new to telemetry-billing; the rest it had (the overlap, or a resend). */
  samplesWritten: number;
  samplesAlreadyStored: number;
  guestDisksSent: number;
  newestSampleAt: Date | null;
  /** Now less the newest sample sent, in seconds. */
  lagSeconds: number | null;
  ms: number;
}

export const emptyReport = (): PerformanceCollectionReport => ({
  outcome: "collected",
  error: null,
  polled: 0,
  poweredOn: 0,
  batches: 0,
  batchesDone: 0,
  perfCalls: 0,
  deliveries: 0,
  samplesSent: 0,
  samplesWritten: 0,
  samplesAlreadyStored: 0,
  guestDisksSent: 0,
  newestSampleAt: null,
  lagSeconds: null,
  ms: 0,
});

/** One line per cycle. */
export function describeCollection(report: PerformanceCollectionReport): string {
  if (report.outcome === "skipped") return "performance collection: skipped, another cycle is running";
  const newest = report.newestSampleAt
    ? `newest sample ${report.newestSampleAt.toISOString()} (lag ${report.lagSeconds} s)`
    : "no samples";
  const figures =
    `${report.polled} VMs polled (${report.poweredOn} powered on), ${report.batchesDone} of ${report.batches} batches, ` +
    `${report.perfCalls} QueryPerf calls, ${report.samplesSent} samples sent (${report.samplesWritten} new) ` +
    `in ${report.deliveries} calls, ${report.guestDisksSent} guest disks, ${newest}, ${report.ms} ms`;
  if (report.outcome === "failed")
    return `performance collection failed (${report.error}); retried next cycle: ${figures}`;
  if (report.outcome === "stopped") return `performance collection stopped by shutdown: ${figures}`;
  return `performance collection: ${figures}`;
}
