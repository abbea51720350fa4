import type { RolledMetric } from "../metric/metric-catalogue";

/** Stored values by column (`cpu_usage_bp`, …): integers in vCenter's units, null when not reported. */
export type MetricValues = Partial<Record<RolledMetric["column"], number | null>>;

export interface VmPerformanceSample {
  vmId: string;
  organizationId: string;
  sampledAt: Date;
  values: MetricValues;
  uptimeSeconds: number | null;
}

export interface GuestDiskSample {
  vmId: string;
  organizationId: string;
  sampledAt: Date;
  path: string;
  capacityMb: number;
  freeMb: number;
}

/** A VM the collector looked at, powered on or not, and when. */
export interface PolledVm {
  vmId: string;
  organizationId: string;
  /** The VM's name as vms knows it (alert e-mails name the VM); null when not sent. */
  name?: string | null;
  poweredOn: boolean;
  polledAt: Date;
}

export interface PerformanceDelivery {
  vms: readonly PolledVm[];
  samples: readonly VmPerformanceSample[];
  guestDisks: readonly GuestDiskSample[];
}

export interface DeliveryReport {
  samplesWritten: number;
  samplesAlreadyStored: number;
  /** The newest instant among the samples delivered; null for none. */
  newestSampleAt: Date | null;
}
