/**
 * Synthetic vCenter-like samples: a daily load curve per VM plus deterministic noise, so the
 * demo looks alive and every run seeds the same figures.
 */
export interface SampleSeries {
  sampledAt: Date;
  cpuPercent: number;
  memoryPercent: number;
}

/** mulberry32: a tiny seeded generator; the demo must be reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value * 100) / 100));

export function demoSamples(vmIndex: number, end: Date, hours = 24, stepMinutes = 5): SampleSeries[] {
  const next = random(vmIndex + 1);
  const baseCpu = 15 + next() * 45;
  const baseMemory = 35 + next() * 40;
  const stepMs = stepMinutes * 60_000;
  const last = Math.floor(end.getTime() / stepMs) * stepMs;
  const count = (hours * 60) / stepMinutes;
  const samples: SampleSeries[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const sampledAt = new Date(last - i * stepMs);
    const hour = sampledAt.getUTCHours() + 2; // South African time drives the business day.
    const businessLoad = Math.sin(((hour - 6) / 24) * 2 * Math.PI) * 18;
    samples.push({
      sampledAt,
      cpuPercent: clamp(baseCpu + businessLoad + (next() - 0.5) * 20),
      memoryPercent: clamp(baseMemory + businessLoad / 3 + (next() - 0.5) * 6),
    });
  }
  return samples;
}
