import { recordPerformance, rollUpPending, type TelemetryDb, type VmPerformanceSample } from "@dcx/telemetry-billing";

/**
 * Synthetic 5-minute samples for benchmarks and tests that need telemetry without a collector:
 * a daily load curve per VM plus deterministic noise, so every run writes the same figures. The
 * demo does not use this: its history comes from the collector back-filling from vCenter.
 */
function random(seed: number) {
  // mulberry32: tiny and seeded, so fixtures are reproducible.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const basisPoints = (percent: number) => Math.round(Math.min(100, Math.max(0, percent)) * 100);

export function fixtureSamples(
  vmIndex: number,
  ids: { vmId: string; organizationId: string },
  end: Date,
  hours = 24,
): VmPerformanceSample[] {
  const next = random(vmIndex + 1);
  const baseCpu = 15 + next() * 45;
  const baseMemory = 35 + next() * 40;
  const stepMs = 5 * 60_000;
  const last = Math.floor(end.getTime() / stepMs) * stepMs;
  const samples: VmPerformanceSample[] = [];
  for (let i = (hours * 60) / 5 - 1; i >= 0; i -= 1) {
    const sampledAt = new Date(last - i * stepMs);
    const businessLoad = Math.sin(((sampledAt.getUTCHours() + 2 - 6) / 24) * 2 * Math.PI) * 18;
    const load = 0.5 + next();
    samples.push({
      ...ids,
      sampledAt,
      values: {
        cpu_usage_bp: basisPoints(baseCpu + businessLoad + (next() - 0.5) * 20),
        cpu_ready_bp: Math.round(50 * load),
        memory_usage_bp: basisPoints(baseMemory + businessLoad / 3 + (next() - 0.5) * 6),
        memory_active_kb: Math.round(2_000_000 * load),
        disk_read_kbps: Math.round(800 * load),
        disk_write_kbps: Math.round(500 * load),
        disk_read_iops: Math.round(50 * load),
        disk_write_iops: Math.round(30 * load),
        disk_latency_ms: Math.round(2 + 3 * next()),
        network_receive_kbps: Math.round(300 * load),
        network_transmit_kbps: Math.round(120 * load),
      },
      uptimeSeconds: 86_400 * 3 + (hours * 60 - i * 5) * 60,
    });
  }
  return samples;
}

/** Writes one VM's fixture samples the way the collector's deliveries are written, then rolls up. */
export async function seedSamples(
  db: TelemetryDb,
  vmId: string,
  organizationId: string,
  index: number,
  now: Date,
  hours = 24,
): Promise<number> {
  const samples = fixtureSamples(index, { vmId, organizationId }, now, hours);
  let written = 0;
  for (let start = 0; start < samples.length; start += 5_000) {
    const chunk = samples.slice(start, start + 5_000);
    const polledAt = chunk.at(-1)!.sampledAt;
    const report = await recordPerformance(db, {
      vms: [{ vmId, organizationId, poweredOn: true, polledAt }],
      samples: chunk,
      guestDisks: [],
    });
    written += report.samplesWritten;
  }
  await rollUpPending(db);
  return written;
}
