import { badUserInput, parseScaled } from "@dcx/kit";
import type { StorageTier } from "../vm/vm.type";
import type { VmCostSpec, VmSizeSpec } from "./money-gate";
import { callService, type MoneyServices, unexpected } from "./service-call";

const ESTIMATES = `query($inputs: [VmEstimateInput!]!) { estimateVms(inputs: $inputs) { monthlyTotal { amount } } }`;
const SIZE = `query($name: String!) { vmSize(name: $name) { name vcpuCount memoryGb bootDisk { tier capacityGb } } }`;

/** The catalog's limit per `estimateVms` call. */
export const ESTIMATE_BATCH_MAX = 5_000;

export interface CatalogClient {
  /** Each specification's monthly total, VAT included, in cents, in order (one call per 5 000). */
  monthlyTotals(specs: readonly VmCostSpec[]): Promise<bigint[]>;
  findVmSize(name: string): Promise<VmSizeSpec | null>;
}

const toInput = (spec: VmCostSpec) => ({
  vcpuCount: spec.vcpuCount,
  memoryMib: spec.memoryMib,
  disks: spec.disks.map((disk) => ({ tier: disk.tier.toUpperCase(), capacityGb: disk.capacityGb })),
  licences: spec.licences.map((licence) => ({ sku: licence.sku, quantity: licence.quantity })),
});

export function createCatalogClient(services: MoneyServices): CatalogClient {
  return {
    async monthlyTotals(specs) {
      const totals: bigint[] = [];
      for (let start = 0; start < specs.length; start += ESTIMATE_BATCH_MAX) {
        const inputs = specs.slice(start, start + ESTIMATE_BATCH_MAX).map(toInput);
        const response = await callService<{ estimateVms: { monthlyTotal: { amount: string } }[] }>(
          services,
          "catalog",
          ESTIMATES,
          { inputs },
        );
        const refusal = response.errors?.[0];
        // The first specification is what the caller asked for: its bad input is theirs to fix.
        const field = refusal?.extensions?.field;
        if (start === 0 && refusal?.extensions?.code === "BAD_USER_INPUT" && typeof field === "string") {
          if (field.startsWith("inputs[0].")) throw badUserInput(refusal.message, field.slice("inputs[0].".length));
        }
        const estimates = response.data?.estimateVms;
        if (!estimates || estimates.length !== inputs.length) throw unexpected("catalog", response);
        totals.push(...estimates.map((estimate) => parseScaled(estimate.monthlyTotal.amount, 2)));
      }
      return totals;
    },

    async findVmSize(name) {
      type Size = { name: string; vcpuCount: number; memoryGb: number; bootDisk: { tier: string; capacityGb: number } };
      const response = await callService<{ vmSize: Size | null }>(services, "catalog", SIZE, { name });
      if (!response.data || response.errors) throw unexpected("catalog", response);
      const size = response.data.vmSize;
      if (!size) return null;
      return {
        name: size.name,
        vcpuCount: size.vcpuCount,
        memoryMib: size.memoryGb * 1024,
        bootDisk: { tier: size.bootDisk.tier.toLowerCase() as StorageTier, capacityGb: size.bootDisk.capacityGb },
      };
    },
  };
}
