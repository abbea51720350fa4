import { createServiceClient, loadPrivateKey, type ServiceClient, ServiceRequestError, serviceKey } from "@dcx/kit";
import type { PerformanceDelivery } from "./perf-sample";
import type { CollectorConfig } from "./telemetry.config";

/** What the receiver stored of one call: the rest it had already (a resend is safe). */
export interface PerformanceReceipt {
  samplesWritten: number;
  samplesAlreadyStored: number;
}

/** Where collected samples go; `record` resolves only once they are stored, else it throws. */
export interface PerformanceSink {
  record(delivery: PerformanceDelivery): Promise<PerformanceReceipt>;
}

export const TELEMETRY_SERVICE = "telemetry-billing";

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
export function telemetryServiceSink(client: ServiceClient<typeof TELEMETRY_SERVICE>): PerformanceSink {
  return {
    async record(delivery) {
      let response;
      try {
        response = await client.request<RecordResult>(TELEMETRY_SERVICE, RECORD_VM_PERFORMANCE, { ...delivery });
      } catch (error) {
        if (error instanceof ServiceRequestError)
          throw new Error(`telemetry-billing cannot be reached: ${error.message}`);
        throw error;
      }
      const [first] = response.errors ?? [];
      if (first?.extensions?.code === "UNAUTHENTICATED") {
        throw new Error(`telemetry-billing does not trust vms (TELEMETRY_BILLING_TRUSTED_SERVICES): ${first.message}`);
      }
      if (first)
        throw new Error(
          `telemetry-billing refused the samples: ${first.extensions?.code ?? "error"}: ${first.message}`,
        );
      const receipt = response.data?.recordVmPerformance;
      if (!receipt || !Number.isInteger(receipt.samplesWritten) || !Number.isInteger(receipt.samplesAlreadyStored)) {
        throw new Error(`Unexpected answer from telemetry-billing: ${JSON.stringify(response.data)}`);
      }
      return { samplesWritten: receipt.samplesWritten, samplesAlreadyStored: receipt.samplesAlreadyStored };
    },
  };
}

/** The sink the configuration describes (the same key loading as the money gate); null without a URL. */
export function loadTelemetrySink(config: CollectorConfig): PerformanceSink | null {
  if (!config.telemetryUrl) return null;
  const privateKey = loadPrivateKey({
    key: serviceKey("vms"),
    file: config.privateKeyFile,
    dataDir: config.dataDir,
    production: config.production,
  });
  return telemetryServiceSink(
    createServiceClient({ service: "vms", privateKey, targets: { [TELEMETRY_SERVICE]: config.telemetryUrl } }),
  );
}
