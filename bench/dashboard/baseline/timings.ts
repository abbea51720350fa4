/** Latencies of one side of the comparison, in milliseconds, with the statements each run sent. */
export interface Timings {
  ms: number[];
  statements: number[];
}

export const newTimings = (): Timings => ({ ms: [], statements: [] });

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "12.3 ms (min 10.1, max 15.0), 7 statements": a count that varied shows its range. */
export function describeTimings(timings: Timings): string {
  const low = Math.min(...timings.statements);
  const high = Math.max(...timings.statements);
  return (
    `${median(timings.ms).toFixed(1)} ms (min ${Math.min(...timings.ms).toFixed(1)}, max ${Math.max(...timings.ms).toFixed(1)}), ` +
    `${low === high ? low : `${low}–${high}`} statements`
  );
}
