import { Link } from "@tanstack/react-router";
import { type FragmentType, getFragmentData, graphql } from "../gql";

export const NetworkTable_NetworkFragment = graphql(`
  fragment NetworkTable_NetworkFragment on Network {
    id
    name
    cidr
    gateway
    dhcpRange {
      first
      last
      size
    }
    staticRange {
      first
      last
      size
    }
    freeStaticAddressCount
    allocations {
      address
    }
  }
`);

const count = (value: number) => value.toLocaleString("en-ZA");

/** The organisation's networks: subnet, gateway, both ranges and how much of the static range is used. */
export function NetworkTable(props: { networks: readonly FragmentType<typeof NetworkTable_NetworkFragment>[] }) {
  const networks = props.networks.map((network) => getFragmentData(NetworkTable_NetworkFragment, network));
  return (
    <div className="table-scroll">
      <table className="vm-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Subnet</th>
            <th scope="col">Gateway</th>
            <th scope="col">DHCP range</th>
            <th scope="col">Static range</th>
            <th scope="col" className="num">
              Static allocated
            </th>
          </tr>
        </thead>
        <tbody>
          {networks.map((network) => (
            <tr key={network.id} data-testid="network-row">
              <th scope="row">
                <Link to="/networks/$networkId" params={{ networkId: network.id }} data-testid="network-link">
                  {network.name}
                </Link>
              </th>
              <td>{network.cidr}</td>
              <td>{network.gateway}</td>
              <td>
                {network.dhcpRange.first} – {network.dhcpRange.last}
              </td>
              <td>
                {network.staticRange.first} – {network.staticRange.last}
              </td>
              <td className="num" data-testid="network-allocated">
                {count(network.allocations.length)} of {count(network.staticRange.size)} ·{" "}
                {count(network.freeStaticAddressCount)} free
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
