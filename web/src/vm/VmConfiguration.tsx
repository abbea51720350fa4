import { formatDateTime, formatGb, formatQuantity, storageTierLabel } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { ipModeLabel, toolsStatusLabel } from "./vm-labels";

export const VmConfiguration_VmFragment = graphql(`
  fragment VmConfiguration_VmFragment on Vm {
    vcpuCount
    memoryGb
    guestOs
    toolsStatus
    ipAddresses
    host
    datastore
    createdAt
    instanceUuid
    disks {
      id
      label
      capacityGb
      tier
    }
    nics {
      id
      portGroup
      macAddress
      ipMode
      ipAddress
    }
  }
`);

/** What the VM is: size, guest, where it runs, its disks and network adapters. */
export function VmConfiguration(props: { vm: FragmentType<typeof VmConfiguration_VmFragment> }) {
  const vm = getFragmentData(VmConfiguration_VmFragment, props.vm);
  return (
    <section className="card vm-configuration" data-testid="vm-configuration" aria-labelledby="vm-configuration-title">
      <h2 id="vm-configuration-title">Configuration</h2>
      <dl className="vm-facts">
        <dt>vCPUs</dt>
        <dd data-testid="vm-vcpu">{formatQuantity(vm.vcpuCount)}</dd>
        <dt>Memory</dt>
        <dd data-testid="vm-memory">{formatGb(vm.memoryGb)}</dd>
        <dt>Guest OS</dt>
        <dd data-testid="vm-guest-os">{vm.guestOs ?? "Unknown"}</dd>
        <dt>VMware Tools</dt>
        <dd data-testid="vm-tools">{toolsStatusLabel(vm.toolsStatus)}</dd>
        <dt>IP addresses</dt>
        <dd data-testid="vm-ips">{vm.ipAddresses.length ? vm.ipAddresses.join(", ") : "None reported"}</dd>
        <dt>Host</dt>
        <dd data-testid="vm-host">{vm.host ?? "Not placed yet"}</dd>
        <dt>Datastore</dt>
        <dd data-testid="vm-datastore">{vm.datastore ?? "Not placed yet"}</dd>
        <dt>Created</dt>
        <dd data-testid="vm-created">{formatDateTime(vm.createdAt)}</dd>
        <dt>Instance UUID</dt>
        <dd data-testid="vm-instance-uuid">
          {vm.instanceUuid ? <code>{vm.instanceUuid}</code> : "Not in vCenter yet"}
        </dd>
      </dl>

      <h3>Disks</h3>
      {vm.disks.length === 0 ? (
        <p className="muted">No disks.</p>
      ) : (
        <table className="vm-config-table" data-testid="vm-disks">
          <thead>
            <tr>
              <th scope="col">Disk</th>
              <th scope="col">Tier</th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {vm.disks.map((disk) => (
              <tr key={disk.id} data-testid="vm-disk">
                <th scope="row">{disk.label}</th>
                <td>{storageTierLabel(disk.tier)}</td>
                <td className="num">{formatGb(disk.capacityGb)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Network adapters</h3>
      {vm.nics.length === 0 ? (
        <p className="muted">No network adapters.</p>
      ) : (
        <table className="vm-config-table" data-testid="vm-nics">
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">Addressing</th>
              <th scope="col">IP address</th>
              <th scope="col">MAC address</th>
            </tr>
          </thead>
          <tbody>
            {vm.nics.map((nic) => (
              <tr key={nic.id} data-testid="vm-nic">
                <th scope="row">{nic.portGroup ?? "Not connected"}</th>
                <td>{ipModeLabel(nic.ipMode)}</td>
                <td>{nic.ipAddress ?? <span className="muted">none reported</span>}</td>
                <td>{nic.macAddress ? <code>{nic.macAddress}</code> : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
