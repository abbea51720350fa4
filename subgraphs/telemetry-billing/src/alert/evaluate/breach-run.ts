import { randomUUID } from "node:crypto";
import { SAMPLE_INTERVAL_MINUTES } from "../alert-metric";
import type { AlertResolutionValue } from "../alert-rule.store";

const MINUTE_MS = 60_000;

/** One sample as a rule judged it (in SQL, exactly): its value in the rule's unit, and whether it breaches. */
export interface JudgedSample {
  at: Date;
  /** Null when the sample lacks this metric: a hole in the data, which breaks a run. */
  value: number | null;
  breach: boolean | null;
}

/** Where a rule's evaluation for one VM stands between two evaluations. */
export interface RunState {
  /** The newest sample judged: the next evaluation reads only samples after it. */
  lastSampleAt: Date | null;
  /** The first sample of the current run of breaching samples; null outside a run. */
  runStartedAt: Date | null;
}

export interface OpenAlert {
  id: string;
  peak: number | null;
}

/** An alert this evaluation fired; it may have resolved within the same samples already. */
export interface FiredAlert {
  id: string;
  conditionSince: Date;
  firedAt: Date;
  firedValue: number | null;
  peak: number | null;
  resolvedAt: Date | null;
  resolution: AlertResolutionValue | null;
}

export interface RunOutcome {
  state: RunState;
  fired: FiredAlert[];
  /** The alert that was open before, if it changed: its new peak, and when it resolved. */
  existing: { id: string; peak: number | null; resolvedAt: Date | null } | null;
}

/** The worse of two values for the operator: the higher for > and ≥, the lower for < and ≤. */
export function worse(operator: string, a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return operator.startsWith(">") ? Math.max(a, b) : Math.min(a, b);
}

/**
 * Advances one rule for one VM over its new samples, oldest first. Each sample stands for the
 * 5 minutes up to its instant, so a run of n consecutive breaching samples covers n × 5 minutes:
 * the rule fires on the sample with which that reaches its duration (15 minutes: the 3rd), once,
 * and resolves on the first sample that does not breach. A missing sample (a gap, or a sample
 * without this metric) breaks the run; it does not resolve an open alert.
 */
export function advanceRun(
  rule: { operator: string; durationMinutes: number },
  state: RunState,
  open: OpenAlert | null,
  samples: readonly JudgedSample[],
): RunOutcome {
  let { lastSampleAt, runStartedAt } = state;
  let current: { alert: OpenAlert; fired: FiredAlert | null } | null = open
    ? { alert: { ...open }, fired: null }
    : null;
  const fired: FiredAlert[] = [];
  let existing: RunOutcome["existing"] = null;
  const intervalMs = SAMPLE_INTERVAL_MINUTES * MINUTE_MS;

  for (const sample of samples) {
    if (lastSampleAt && sample.at <= lastSampleAt) continue;
    const gap = !lastSampleAt || sample.at.getTime() - lastSampleAt.getTime() > intervalMs;
    lastSampleAt = sample.at;
    if (sample.breach === null) {
      runStartedAt = null;
      continue;
    }
    if (!sample.breach) {
      runStartedAt = null;
      if (current) {
        if (current.fired) Object.assign(current.fired, { resolvedAt: sample.at, resolution: "condition_cleared" });
        else existing = { id: current.alert.id, peak: current.alert.peak, resolvedAt: sample.at };
        current = null;
      }
      continue;
    }
    if (!runStartedAt || gap) runStartedAt = sample.at;
    if (current) {
      current.alert.peak = worse(rule.operator, current.alert.peak, sample.value);
      if (current.fired) current.fired.peak = current.alert.peak;
      else existing = { id: current.alert.id, peak: current.alert.peak, resolvedAt: null };
      continue;
    }
    const coveredMs = sample.at.getTime() - runStartedAt.getTime() + intervalMs;
    if (coveredMs >= rule.durationMinutes * MINUTE_MS) {
      const alert: FiredAlert = {
        id: randomUUID(),
        conditionSince: runStartedAt,
        firedAt: sample.at,
        firedValue: sample.value,
        peak: sample.value,
        resolvedAt: null,
        resolution: null,
      };
      fired.push(alert);
      current = { alert: { id: alert.id, peak: alert.peak }, fired: alert };
    }
  }
  return { state: { lastSampleAt, runStartedAt }, fired, existing };
}
