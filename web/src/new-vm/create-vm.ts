import type { CreateVmInput, VmEstimateInput } from "../gql/graphql";

export interface CreateChoices {
  organizationId: string;
  name: string;
  /** A network for the VM's one adapter (DHCP), or none. */
  networkId: string;
  idempotencyKey: string;
}

/**
 * The `createVm` input for a priced specification: what the estimate was asked for (the size or
 * vCPUs and RAM, disks, licences), the name, the network and the idempotency key. Public IPs are
 * priced on this page but not requested through `createVm`.
 */
export function toCreateVmInput(estimate: VmEstimateInput, choices: CreateChoices): CreateVmInput {
  const input: CreateVmInput = {
    organizationId: choices.organizationId,
    name: choices.name.trim(),
    disks: (estimate.disks ?? []).map((disk, i) => ({ ...disk, label: `Hard disk ${i + 1}` })),
    licences: estimate.licences ?? [],
    idempotencyKey: choices.idempotencyKey,
  };
  if (estimate.size) input.size = estimate.size;
  else {
    input.vcpuCount = estimate.vcpuCount ?? null;
    input.memoryGb = estimate.memoryGb ?? null;
  }
  if (choices.networkId) input.network = { networkId: choices.networkId, ipMode: "DHCP" };
  return input;
}

/**
 * The same request keeps its key, so a second click (or a retry after a lost answer) is answered
 * with the operation the first one started; any change to the request makes a new key.
 */
export function keyFor(previous: { request: string; key: string } | null, request: string, fresh: () => string) {
  return previous && previous.request === request ? previous : { request, key: fresh() };
}
