import { describeDisks, formatGb, formatQuantity } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatMoneyValue } from "../money";

export const VmSizesTable_VmSizeFragment = graphql(`
  fragment VmSizesTable_VmSizeFragment on VmSize {
    name
    description
    vcpuCount
    memoryGb
    bootDisk {
      tier
      capacityGb
    }
    estimate {
      monthlySubtotal {
        amount
        currency
      }
      monthlyTotal {
        amount
        currency
      }
    }
  }
`);

/** The named sizes on offer, each priced a month at the prices and VAT in force now. */
export function VmSizesTable(props: { sizes: readonly FragmentType<typeof VmSizesTable_VmSizeFragment>[] }) {
  const sizes = props.sizes.map((size) => getFragmentData(VmSizesTable_VmSizeFragment, size));
  if (sizes.length === 0) return <p className="placeholder">No VM sizes are on offer.</p>;
  return (
    <div className="table-scroll">
      <table className="vm-table">
        <thead>
          <tr>
            <th scope="col">Size</th>
            <th scope="col" className="num">
              vCPU
            </th>
            <th scope="col" className="num">
              Memory
            </th>
            <th scope="col">Boot disk</th>
            <th scope="col" className="num">
              A month excl. VAT
            </th>
            <th scope="col" className="num">
              A month incl. VAT
            </th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((size) => (
            <tr key={size.name} data-testid="vm-size-row">
              <th scope="row">
                <code>{size.name}</code>
                <span className="size-description">{size.description}</span>
              </th>
              <td className="num">{formatQuantity(size.vcpuCount)}</td>
              <td className="num">{formatGb(size.memoryGb)}</td>
              <td>{describeDisks([size.bootDisk])}</td>
              <td className="num">{formatMoneyValue(size.estimate.monthlySubtotal)}</td>
              <td className="num">{formatMoneyValue(size.estimate.monthlyTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
