import type { AlertResolutionValue } from "../alert-rule.store";

const MINUTE_MS = 60_000;

export interface SilenceInput {
  now: Date;
  durationMinutes: number;
  poweredOn: boolean;
  newestSampleAt: Date | null;
  /** For a VM that never sent a sample: when this rule first saw it silent. */
  silentSince: Date | null;
  openAlertId: string | null;
}

export interface SilenceOutcome {
  /** Kept only while the VM has never sent a sample (there is no newest sample to count from). */
  silentSince: Date | null;
  fire: { conditionSince: Date } | null;
  resolve: { id: string; resolution: AlertResolutionValue } | null;
}

/**
 * NO_SAMPLES: a powered-on VM whose newest sample is older than the duration at `now` (or that
 * has sent none for that long since it was first seen) fires, once; it resolves as soon as a
 * newer sample has arrived, or when the VM is powered off (a VM that is off is not silent).
 */
export function judgeSilence(input: SilenceInput): SilenceOutcome {
  const { now, openAlertId } = input;
  if (!input.poweredOn) {
    return {
      silentSince: null,
      fire: null,
      resolve: openAlertId ? { id: openAlertId, resolution: "vm_powered_off" } : null,
    };
  }
  const silentSince = input.newestSampleAt ?? input.silentSince ?? now;
  const silent = now.getTime() - silentSince.getTime() > input.durationMinutes * MINUTE_MS;
  return {
    silentSince: input.newestSampleAt ? null : silentSince,
    fire: silent && !openAlertId ? { conditionSince: silentSince } : null,
    resolve: !silent && openAlertId ? { id: openAlertId, resolution: "condition_cleared" } : null,
  };
}
