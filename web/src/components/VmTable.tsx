import { Link } from "@tanstack/react-router";
import type { FragmentType } from "../gql";
import { errorsExplainingNull, type PathedError } from "../graphql/errors";
import { VmRow, type VmRow_VmFragment } from "./VmRow";

interface VmTableProps {
  vms: ReadonlyArray<FragmentType<typeof VmRow_VmFragment>>;
  /** Errors reported at or below `organization.vms`, and those without a path; each row gets its own. */
  errors: readonly PathedError[];
}

export function VmTable({ vms, errors }: VmTableProps) {
  return (
    <section className="card vm-section">
      <div className="section-heading">
        <h2>Virtual machines</h2>
        <Link to="/vms/new" className="button-link" data-testid="new-vm-link">
          New VM
        </Link>
      </div>
      {vms.length === 0 ? (
        <p className="muted" data-testid="vm-empty">
          This organisation has no virtual machines yet: create one with <strong>New VM</strong>.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="vm-table" data-testid="vm-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  vCPU
                </th>
                <th scope="col" className="num">
                  Memory
                </th>
                <th scope="col">Disks</th>
                <th scope="col" className="num">
                  Est. monthly cost
                </th>
                <th scope="col" title="Hourly averages over the last 24 hours">
                  CPU, 24 h
                </th>
                <th scope="col" title="Hourly averages over the last 24 hours">
                  Memory, 24 h
                </th>
                <th scope="col">Now</th>
                <th
                  scope="col"
                  title="The newest hourly health score (0–100) of the last 24 hours, and the alerts firing"
                >
                  Health
                </th>
              </tr>
            </thead>
            <tbody>
              {vms.map((vm, index) => (
                <VmRow
                  // Rows keep their position: the key is the index the errors' paths use.
                  key={index}
                  vm={vm}
                  errors={errorsExplainingNull(errors, ["organization", "vms", index])}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
