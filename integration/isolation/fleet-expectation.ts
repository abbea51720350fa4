import type { SignedIn, TestPlatform } from "../platform";

const VM_FIELDS = "powerState vcpuCount memoryMib disks { capacityGb }";
interface ListedVm {
  powerState: string;
  vcpuCount: number;
  memoryMib: number;
  disks: { capacityGb: number }[];
}
const exact1024 = (value: bigint) => {
  const whole = value / 1024n;
  const fraction = ((value % 1024n) * 10n ** 10n) / 1024n;
  return fraction === 0n ? `${whole}` : `${whole}.${fraction.toString().padStart(10, "0").replace(/0+$/, "")}`;
};

/** The VMs of an organisation and of every organisation under it, one organisation per query. */
async function vmsUnder(platform: TestPlatform, organizationId: string, as: SignedIn) {
  const answer = await platform.query<{
    organization: {
      vms: { edges: { node: ListedVm }[]; pageInfo: { hasNextPage: boolean } };
      children: { id: string }[];
    };
  }>(
    `query($id: ID!) { organization(id: $id) { vms(first: 200) { edges { node { ${VM_FIELDS} } } pageInfo { hasNextPage } } children { id } } }`,
    { id: organizationId },
    as,
  );
  if (!answer.data?.organization) throw new Error(JSON.stringify(answer.errors));
  const { children } = answer.data.organization;
  // The demo's organisations hold far fewer than one page of 200.
  if (answer.data.organization.vms.pageInfo.hasNextPage) throw new Error(`${organizationId} has more than 200 VMs`);
  const vms = answer.data.organization.vms.edges.map((edge) => edge.node);
  let organizations = 1;
  const all = [...vms];
  for (const child of children) {
    const below = await vmsUnder(platform, child.id, as);
    organizations += below.organizations;
    all.push(...below.vms);
  }
  return { organizations, vms: all };
}

/** What `fleet` must answer for an organisation, summed here from the VM lists of its whole scope. */
export async function expectedFleet(platform: TestPlatform, organizationId: string, as: SignedIn) {
  const { organizations, vms } = await vmsUnder(platform, organizationId, as);
  const count = (state: string) => vms.filter((vm) => vm.powerState === state).length;
  return {
    organizationCount: organizations,
    vmCount: vms.length,
    byPowerState: ["POWERED_ON", "POWERED_OFF", "SUSPENDED"].map((powerState) => ({
      powerState,
      vmCount: count(powerState),
    })),
    vcpuCount: vms.reduce((sum, vm) => sum + vm.vcpuCount, 0),
    memoryGb: exact1024(vms.reduce((sum, vm) => sum + BigInt(vm.memoryMib), 0n)),
    diskTb: exact1024(vms.reduce((sum, vm) => sum + vm.disks.reduce((d, disk) => d + BigInt(disk.capacityGb), 0n), 0n)),
  };
}
