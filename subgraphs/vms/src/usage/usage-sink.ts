import { callTelemetry, loadTelemetryClient, type TelemetryClient } from "../telemetry/telemetry.client";
import type { CollectorConfig } from "../telemetry/telemetry.config";

/** One outbox row as telemetry-billing's `VmUsageChangeInput`: the snapshot's fields, flattened. */
export interface VmUsageChangeInput {
  /** `vms:<outbox id>`: a resend carries the same id, so the receiver applies each change once. */
  changeId: string;
  vmId: string;
  organizationId: string;
  occurredAt: string;
  exists: boolean;
  poweredOn: boolean;
  vcpuCount: number;
  memoryMib: number;
  disks: { diskId: string; tier: string; capacityGb: number }[];
  licences: { sku: string; quantity: number }[];
  publicIpCount: number;
}

/** What the receiver stored of one call; the rest it had already (a resend). */
export interface UsageReceipt {
  stored: number;
  alreadyStored: number;
}

/** Where usage changes go; `record` resolves only once they are stored, else it throws. */
export interface UsageSink {
  record(changes: VmUsageChangeInput[]): Promise<UsageReceipt>;
}

export const RECORD_VM_USAGE_CHANGES = /* GraphQL */ `
  mutation RecordVmUsageChanges($changes: [VmUsageChangeInput!]!) {
    recordVmUsageChanges(changes: $changes) {
      stored
      alreadyStored
    }
  }
`;

type RecordResult = { recordVmUsageChanges?: UsageReceipt | null };

/** The signed service call to telemetry-billing, as the performance sink makes it. */
export function telemetryUsageSink(client: TelemetryClient): UsageSink {
  return {
    async record(changes) {
      const data = await callTelemetry<RecordResult>(client, RECORD_VM_USAGE_CHANGES, { changes }, "the usage changes");
      const receipt = data?.recordVmUsageChanges;
      if (!receipt || !Number.isInteger(receipt.stored) || !Number.isInteger(receipt.alreadyStored)) {
        throw new Error(`Unexpected answer from telemetry-billing: ${JSON.stringify(data)}`);
      }
      return { stored: receipt.stored, alreadyStored: receipt.alreadyStored };
    },
  };
}

/** The usage sink the configuration describes (`VMS_TELEMETRY_URL` and the signing key); null without a URL. */
export function loadUsageSink(config: CollectorConfig): UsageSink | null {
  const client = loadTelemetryClient(config);
  return client ? telemetryUsageSink(client) : null;
}
