import type { ServiceResponse } from "@dcx/kit";
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import type { TelemetryClient } from "../telemetry/telemetry.client";
import { toUsageChangeInput } from "./usage-relay";
import { RECORD_VM_USAGE_CHANGES, telemetryUsageSink } from "./usage-sink";
import { usageContracts } from "./usage.fixture";

const ROW = {
  id: 42,
  vmId: "7d0f8b6e-3a51-4c6e-9d0e-2b8f9c1a4e21",
  organizationId: "0b8e1d43-08b8-4a3a-9a4a-8bd1f0a4b7a1",
  occurredAt: new Date("2026-11-26T10:00:00.123Z"),
  snapshot: {
    exists: true,
    poweredOn: false,
    vcpuCount: 4,
    memoryMib: 8192,
    disks: [{ diskId: "5a0c2f8e-1b3d-4e6f-8a9b-0c1d2e3f4a5b", tier: "archive", capacityGb: 500 }],
    licences: [{ sku: "licence.windows-server", quantity: 2 }],
    publicIpCount: 0,
  },
};

/** A client that answers `answer` to whatever it is asked, keeping what it was asked. */
const stubClient = (answer: () => ServiceResponse) => {
  const asked: { query: string; variables: Record<string, unknown> | undefined }[] = [];
  const client = {
    request: async (_target: string, query: string, variables?: Record<string, unknown>) => {
      asked.push({ query, variables });
      return answer();
    },
  } as unknown as TelemetryClient;
  return { client, asked };
};

describe("the usage sink (recordVmUsageChanges)", () => {
  it("turns an outbox row into the agreed input, which each contract accepts and a wrong one does not", async () => {
    const change = toUsageChangeInput(ROW);
    expect(change).toStrictEqual({
      changeId: "vms:42",
      vmId: ROW.vmId,
      organizationId: ROW.organizationId,
      occurredAt: "2026-11-26T10:00:00.123Z",
      ...ROW.snapshot,
    });
    const contracts = usageContracts();
    expect(contracts.map((contract) => contract.name)).toContain("agreed SDL");
    for (const { name, schema } of contracts) {
      const run = (changes: unknown[]) =>
        graphql({
          schema,
          source: RECORD_VM_USAGE_CHANGES,
          variableValues: { changes },
          rootValue: { recordVmUsageChanges: () => ({ stored: changes.length, alreadyStored: 0 }) },
        });
      expect((await run([change])).errors, name).toBeUndefined();
      expect((await run([{ ...change, memoryMib: 8192.5 }])).errors, name).toHaveLength(1);
      expect((await run([{ ...change, occurredAt: "yesterday" }])).errors, name).toHaveLength(1);
    }
  });

  it("answers the receipt, and throws on errors or an answer that is not one", async () => {
    const ok = stubClient(() => ({ data: { recordVmUsageChanges: { stored: 1, alreadyStored: 0 } } }));
    const change = toUsageChangeInput(ROW);
    expect(await telemetryUsageSink(ok.client).record([change])).toEqual({ stored: 1, alreadyStored: 0 });
    expect(ok.asked).toEqual([{ query: RECORD_VM_USAGE_CHANGES, variables: { changes: [change] } }]);

    const refused = stubClient(() => ({
      errors: [{ message: "At most 500 changes", extensions: { code: "BAD_USER_INPUT" } }],
    }));
    await expect(telemetryUsageSink(refused.client).record([change])).rejects.toThrow(
      "telemetry-billing refused the usage changes: BAD_USER_INPUT: At most 500 changes",
    );
    const nonsense = stubClient(() => ({ data: { recordVmUsageChanges: { stored: "all" } } }));
    await expect(telemetryUsageSink(nonsense.client).record([change])).rejects.toThrow(
      /^Unexpected answer from telemetry-billing/,
    );
    const empty = stubClient(() => ({ data: null }));
    await expect(telemetryUsageSink(empty.client).record([change])).rejects.toThrow(
      /^Unexpected answer from telemetry-billing/,
    );
  });
});
