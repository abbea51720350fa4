import type { PerformanceDelivery } from "./perf-sample";
import { callTelemetry, loadTelemetryClient, type TelemetryClient } from "./telemetry.client";
import type { CollectorConfig } from "./telemetry.config";

export { TELEMETRY_SERVICE } from "./telemetry.client";

/** What the receiver stored of one call: the rest it had already (a resend is safe). */
export interface PerformanceReceipt {
  samplesWritten: number;
  samplesAlreadyStored: number;
}

/** Where collected samples go; `record` resolves only once they are stored, else it throws. */
export interface PerformanceSink {
  record(delivery: PerformanceDelivery): Promise<PerformanceReceipt>;
}

export const RECORD_VM_PERFORMANCE = /* GraphQL */ `
  mutation RecordVmPerformance(
    $vms: [PolledVmInput!]!
    $samples: [VmPerformanceSampleInput!]!
    $guestDisks: [GuestDiskSampleInput!]!
  ) {
    recordVmPerformance(vms: $vms, samples: $samples, guestDisks: $guestDisks) {
      samplesWritten
      samplesAlreadyStored
    }
  }
`;

type RecordResult = { recordVmPerformance?: PerformanceReceipt | null };

/** The signed service call to telemetry-billing (signing as `vms`, like the money gate). */
export function telemetryServiceSink(client: TelemetryClient): PerformanceSink {
  return {
    async record(delivery) {
      const data = await callTelemetry<RecordResult>(client, RECORD_VM_PERFORMANCE, { ...delivery }, "the samples");
      const receipt = data?.recordVmPerformance;
      if (!receipt || !Number.isInteger(receipt.samplesWritten) || !Number.isInteger(receipt.samplesAlreadyStored)) {
        throw new Error(`Unexpected answer from telemetry-billing: ${JSON.stringify(data)}`);
      }
      return { samplesWritten: receipt.samplesWritten, samplesAlreadyStored: receipt.samplesAlreadyStored };
    },
  };
}

/** The sink the configuration describes (the same key loading as the money gate); null without a URL. */
export function loadTelemetrySink(config: CollectorConfig): PerformanceSink | null {
  const client = loadTelemetryClient(config);
  return client ? telemetryServiceSink(client) : null;
}
