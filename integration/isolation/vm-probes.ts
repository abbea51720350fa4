import type { TestPlatform } from "../platform";
import { type Victim, victimVmState } from "./fixtures";
import type { Probe, WriteControl } from "./probes";
import { AUDIT_EVENT, VM_INVENTORY_SYNC_REPORT, VM_OPERATION } from "./selections";

export const VM_READ_PROBES: Probe[] = [
  {
    field: "Query.auditEvents",
    operation: `query($org: ID!) { auditEvents(organizationId: $org, first: 20) {
      edges { cursor node { ${AUDIT_EVENT} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (v) => ({ org: v.organizationId }),
    // The inventory sync that seeded the demo recorded each of the victim's VMs appearing.
    seenBy: "victim",
  },
  {
    field: "Query.vmOperation",
    operation: `query($id: ID!) { vmOperation(id: $id) { ${VM_OPERATION} } }`,
    variables: (v) => ({ id: v.operationId }),
    seenBy: "provider",
  },
];

/** The victim's VMs, disks and operations are exactly as they were made. */
const vmsIntact = async (platform: TestPlatform, victim: Victim) =>
  (await victimVmState(platform, victim.organizationId)) === victim.vmState;
/**
 * The victim's VMs once no operation is queued or running, taken as the state to compare with:
 * a control's check must see its own write, not an earlier one finishing.
 */
const settled = async (platform: TestPlatform, victim: Victim): Promise<Victim> => {
  for (let attempt = 0; attempt < 120; attempt++) {
    const vmState = await victimVmState(platform, victim.organizationId);
    if (!/"status":"(QUEUED|RUNNING)"/.test(vmState)) return { ...victim, vmState };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the victim's VM operations did not finish");
};
const powerStates = (vmState: string) =>
  new Map(
    (
      JSON.parse(vmState) as { organization: { vms: { edges: { node: { id: string; powerState: string } }[] } } }
    ).organization.vms.edges.map(({ node }) => [node.id, node.powerState]),
  );
/**
 * Once the control's operation has ended, the victim's VMs back in the power states they had
 * before it: the following controls' writes need `vmId` running and `stoppedVmId` off.
 */
const powerAsBefore = async (platform: TestPlatform, victim: Victim) => {
  const wanted = powerStates(victim.vmState);
  for (const [id, state] of powerStates((await settled(platform, victim)).vmState)) {
    if (!wanted.has(id) || wanted.get(id) === state) continue;
    const mutation = wanted.get(id) === "POWERED_ON" ? "powerOnVm" : "powerOffVm";
    const answer = await platform.query(
      `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
      { id },
      victim.ownerSession,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    await settled(platform, victim);
  }
};
/** The victim's owner makes the same change, on the VM as the attempts found it. */
const BY_OWNER: WriteControl = { by: "victim", prepare: settled, restore: powerAsBefore };
/**
 * An operation on the victim's VM in a power state that lets it through, so that no refusal for
 * another reason (a VM already on, say) could hide one let through.
 */
const onVictimVm = (mutation: string, vm: "running" | "stopped", extraArgs = ""): Probe => ({
  field: `Mutation.${mutation}`,
  operation: `mutation($id: ID!) { ${mutation}(id: $id${extraArgs}) { ${VM_OPERATION} } }`,
  variables: (v) => ({ id: vm === "running" ? v.vmId : v.stoppedVmId }),
  unchanged: vmsIntact,
  control: BY_OWNER,
});
const vmName = (tag: string) => `intruder-${tag.replace(/[^A-Za-z0-9]/g, "-")}`.slice(0, 80);

/** A VM is changed by its organisation (owners and admins; members power it), its reseller and the provider. */
export const VM_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.createVm",
    operation: `mutation($input: CreateVmInput!) { createVm(input: $input) { ${VM_OPERATION} } }`,
    variables: (v, tag) => ({
      input: {
        organizationId: v.organizationId,
        name: vmName(tag),
        vcpuCount: 1,
        memoryGb: 1,
        disks: [{ label: "OS", capacityGb: 10, tier: "STANDARD" }],
        idempotencyKey: `probe-create-${tag}`,
      },
    }),
    unchanged: vmsIntact,
    control: { by: "victim", prepare: settled },
  },
  onVictimVm("powerOnVm", "stopped"),
  onVictimVm("powerOffVm", "running"),
  onVictimVm("shutdownVm", "running"),
  onVictimVm("rebootVm", "running"),
  onVictimVm("suspendVm", "running"),
  // Only a powered-off VM is resized.
  onVictimVm("resizeVm", "stopped", ", vcpuCount: 64, memoryGb: 256"),
  onVictimVm("addVmDisk", "running", `, disk: { label: "Intruder", capacityGb: 1000, tier: PERFORMANCE }`),
  {
    field: "Mutation.growVmDisk",
    operation: `mutation($id: ID!, $diskId: ID!) { growVmDisk(id: $id, diskId: $diskId, capacityGb: 60000) { ${VM_OPERATION} } }`,
    variables: (v) => ({ id: v.vmId, diskId: v.diskId }),
    unchanged: vmsIntact,
    control: BY_OWNER,
  },
  {
    field: "Mutation.syncVmInventory",
    operation: `mutation { syncVmInventory { ${VM_INVENTORY_SYNC_REPORT} } }`,
    variables: () => ({}),
    // Provider staff only: for anyone else nothing is read from vCenter and nothing reported.
    unchanged: async (platform, victim, _tag, answer) =>
      (answer.data === null || answer.data === undefined) && (await vmsIntact(platform, victim)),
    control: { by: "provider", prepare: settled },
  },
  // Last: its control deletes the victim's running VM, which the controls before it need.
  {
    field: "Mutation.deleteVm",
    operation: `mutation($id: ID!, $name: String!) { deleteVm(id: $id, confirmName: $name) { ${VM_OPERATION} } }`,
    variables: (v) => ({ id: v.vmId, name: v.vmName }),
    unchanged: vmsIntact,
    control: {
      by: "victim",
      prepare: settled,
      // Ended before the platform closes.
      restore: async (platform, v) => {
        await settled(platform, v);
      },
    },
  },
];
