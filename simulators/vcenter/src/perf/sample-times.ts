import { el } from "../soap/xml-node";
import { invalidArgument } from "../methods/config-spec.reader";

/** Sampling intervals vCenter keeps: real time (20 s) and the historical rollups. */
export const INTERVALS = [20, 300, 1800, 7200, 86400] as const;
/** Real-time samples are kept for an hour; the rollups for 30 days here (vCenter's default keeps 5-minute samples a day). */
export const REALTIME_RETENTION_MS = 3_600_000;
export const HISTORY_RETENTION_MS = 30 * 86_400_000;

export interface SampleWindow {
  intervalId: number;
  startTime?: Date;
  endTime?: Date;
  maxSample?: number;
}

/**
 * The sample timestamps of a query, oldest first: multiples of the interval after `startTime`
 * (exclusive) up to `endTime` (inclusive), never in the future nor older than what is kept, the
 * most recent `maxSample` of them.
 */
export function sampleTimes(window: SampleWindow, now: Date): number[] {
  const interval = window.intervalId;
  if (!(INTERVALS as readonly number[]).includes(interval)) throw invalidArgument("querySpec.intervalId");
  const step = interval * 1000;
  const kept = now.getTime() - (interval === 20 ? REALTIME_RETENTION_MS : HISTORY_RETENTION_MS);
  const end = Math.min(window.endTime?.getTime() ?? now.getTime(), now.getTime());
  const lastTick = Math.floor(end / step) * step;
  const defaultSpan = window.maxSample ? window.maxSample * step : interval === 20 ? REALTIME_RETENTION_MS : 86_400_000;
  const start = Math.max(window.startTime?.getTime() ?? lastTick - defaultSpan, kept - 1);
  if (window.startTime && window.endTime && window.startTime.getTime() > window.endTime.getTime())
    throw invalidArgument("querySpec.startTime");
  const times: number[] = [];
  for (let tick = lastTick; tick > start; tick -= step) times.push(tick);
  times.reverse();
  return window.maxSample && window.maxSample > 0 ? times.slice(-window.maxSample) : times;
}

export const sampleInfo = (at: number, interval: number) =>
  el("sampleInfo", [el("timestamp", new Date(at).toISOString().replace(".000Z", "Z")), el("interval", interval)]);
