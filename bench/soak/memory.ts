import { treeMemory } from "../platform-memory/process-tree";

/** Resident memory in KiB per process kind (a kind's helper processes added to it). */
export type MemorySample = Map<string, number>;

export function sampleMemory(launcherPid: number): MemorySample {
  const sample: MemorySample = new Map();
  for (const row of treeMemory(launcherPid, "launcher")) {
    sample.set(row.label, (sample.get(row.label) ?? 0) + row.rssKib);
  }
  return sample;
}

export const totalKib = (sample: MemorySample) => [...sample.values()].reduce((sum, kib) => sum + kib, 0);

export const growthPercent = (before: number, after: number) => ((after - before) / before) * 100;

const mib = (kib: number) => (kib / 1024).toFixed(0).padStart(6);
const signed = (value: number, digits: number) => `${value >= 0 ? "+" : ""}${value.toFixed(digits)}`;

/**
 * Per process and in total: the first sample, the last, the highest and the growth from first to
 * last. Returns the total's growth in %.
 */
export function printGrowthTable(samples: MemorySample[]): number {
  const start = samples[0]!;
  const end = samples.at(-1)!;
  const peak = (label: string) => Math.max(...samples.map((sample) => sample.get(label) ?? 0));
  const labels = [...new Set([...start.keys(), ...end.keys()])];
  console.log(`\n  ${"process".padEnd(22)}  start MiB    end MiB   peak MiB   growth`);
  const row = (label: string, before: number, after: number, highest: number) =>
    console.log(
      `  ${label.padEnd(22)} ${mib(before)}     ${mib(after)}     ${mib(highest)}   ` +
        `${signed((after - before) / 1024, 0).padStart(5)} MiB ${signed(growthPercent(before, after), 1).padStart(6)} %`,
    );
  for (const label of labels) row(label, start.get(label) ?? 0, end.get(label) ?? 0, peak(label));
  row("total", totalKib(start), totalKib(end), Math.max(...samples.map(totalKib)));
  return growthPercent(totalKib(start), totalKib(end));
}
