import { Unavailable } from "../components/Unavailable";
import type { PathedError } from "../graphql/errors";
import { errorsOfRow } from "./row-errors";
import type { VmListRowData } from "./use-vm-list";
import { VmListRow } from "./VmListRow";

interface VmListTableProps {
  rows: readonly VmListRowData[];
  errors: readonly PathedError[];
  /** Ids of the VMs selected; null when the caller may not power VMs (no checkboxes at all). */
  selected: ReadonlySet<string> | null;
  onSelect: (vmIds: readonly string[], selected: boolean) => void;
  /** Each row's VM id, null for a row whose VM did not load (it cannot be selected). */
  rowIds: readonly (string | null)[];
}

const COLUMNS: [string, string?, string?][] = [
  ["Power state"],
  ["vCPU", "num"],
  ["Memory", "num"],
  ["Disks"],
  ["IP addresses"],
  ["Est. monthly cost", "num", "The catalog's estimate for a whole month at the VM's size, VAT included"],
  ["Cost this month", "num", "Metered usage this billing month so far, VAT included"],
  ["CPU, 24 h avg", "num", "Mean CPU of every sample in the last 24 hours"],
  ["Health", undefined, "The newest hourly health score (0–100), and the alerts firing"],
];

/** One page of VMs: a checkbox per row and one for the whole page when the caller may power VMs. */
export function VmListTable({ rows, errors, selected, onSelect, rowIds }: VmListTableProps) {
  const selectableIds = rowIds.filter((id): id is string => id !== null);
  const allSelected = selected !== null && selectableIds.length > 0 && selectableIds.every((id) => selected.has(id));
  return (
    <div className="table-scroll">
      <table className="vm-table vms-table" data-testid="vms-table">
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              {selected && (
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={(event) => onSelect(selectableIds, event.target.checked)}
                  aria-label="Select every VM on this page"
                  data-testid="vms-select-page"
                />
              )}
            </th>
            <th scope="col">Name</th>
            {COLUMNS.map(([label, className, title]) => (
              <th key={label} scope="col" className={className} title={title}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row.vm ? (
              <VmListRow
                // The index is what the errors' paths use (rows.<index>.<field>).
                key={index}
                vm={row.vm}
                errors={errorsOfRow(errors, index)}
                selected={selected?.has(rowIds[index] ?? "") ?? false}
                onSelect={selected ? (checked) => onSelect([rowIds[index]!], checked) : null}
              />
            ) : (
              <tr key={index} data-testid="vms-row-unavailable">
                <td />
                <td colSpan={COLUMNS.length + 1}>
                  <Unavailable what="VM" errors={errorsOfRow(errors, index)} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
