import { Link } from "@tanstack/react-router";
import { Unavailable } from "../components/Unavailable";
import { VmLink } from "../components/VmLink";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { billedUnitLabel, formatExactDecimal } from "./billing-format";

export const BillLinesTable_BillLineFragment = graphql(`
  fragment BillLinesTable_BillLineFragment on BillLine {
    vmId
    vm {
      id
      name
    }
    sku
    description
    unit
    quantity
    amount {
      amount
      currency
    }
  }
`);

interface BillLinesTableProps {
  lines: ReadonlyArray<FragmentType<typeof BillLinesTable_BillLineFragment>>;
  vmNameErrors: (line: number) => PathedError[];
}

/** One row per VM and product, ordered by VM, as billing sent them. */
export function BillLinesTable(props: BillLinesTableProps) {
  const lines = getFragmentData(BillLinesTable_BillLineFragment, props.lines);
  if (lines.length === 0) {
    return (
      <p className="placeholder" data-testid="bill-lines-none">
        No charges yet this month. VMs are billed from the hour they are ready: <Link to="/vms/new">create a VM</Link>{" "}
        to start.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="vm-table bill-lines" aria-label="Charges per VM and product this month">
        <thead>
          <tr>
            <th scope="col">VM</th>
            <th scope="col">Product</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num">
              Amount (excl. VAT)
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={`${line.vmId}:${line.sku}:${index}`} data-testid="bill-line">
              <td className="vm-name">{vmCell(line, props.vmNameErrors(index))}</td>
              <td>{line.description}</td>
              <td className="num">
                {formatExactDecimal(line.quantity)} <span className="muted">{billedUnitLabel(line.unit)}</span>
              </td>
              <td className="num amount" data-testid="bill-line-amount">
                {formatMoneyValue(line.amount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function vmCell(line: { vmId: string; vm?: { id: string; name: string } | null }, nameErrors: PathedError[]) {
  if (line.vm) return <VmLink vmId={line.vm.id}>{line.vm.name}</VmLink>;
  if (nameErrors.length > 0) return <Unavailable what="VM name" errors={nameErrors} inlineReason={false} />;
  // Usage of a deleted VM is still billed; the VM itself is gone.
  return (
    <span className="muted" title={line.vmId}>
      Deleted VM
    </span>
  );
}
