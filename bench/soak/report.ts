import type { SoakReport } from "./open-loop";
import type { Tally } from "./tally";

const row = (label: string, tally: Tally) =>
  `  ${label.padStart(6)}  ${String(tally.complete).padStart(6)}  ${String(tally.errors).padStart(6)}  ` +
  `${String(tally.rateLimited).padStart(12)}   ${tally.describeLatency()}`;

/** Loads, errors, refusals and latency per minute of the soak and in all, then the first errors. */
export function printSoakTable(soak: SoakReport): void {
  console.log(`\n  minute   loads  errors  rate-limited   latency (from when each load was due)`);
  soak.perMinute.forEach((tally, minute) => console.log(row(String(minute + 1), tally)));
  console.log(row("all", soak.total));
  console.log(`  ${soak.sent} loads sent; the latest left ${soak.maxSendLagMs.toFixed(0)} ms after it was due`);
  for (const error of soak.total.firstErrors) console.log(`    ${error}`);
}
