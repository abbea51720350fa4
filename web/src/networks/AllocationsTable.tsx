import { formatDateTime } from "../format";
import { AllocationHolder } from "./AllocationHolder";

interface AllocationsTableProps {
  allocations: readonly { address: string; holder: string; allocatedAt: string }[];
  freeCount: number;
}

/** The static addresses handed out, by address: which VM's adapter holds each, and since when. */
export function AllocationsTable({ allocations, freeCount }: AllocationsTableProps) {
  return (
    <section className="card network-allocations" data-testid="allocations">
      <h2>Allocated addresses</h2>
      <p className="hint" data-testid="allocations-summary">
        {allocations.length.toLocaleString("en-ZA")} allocated · {freeCount.toLocaleString("en-ZA")} of the static range
        free
      </p>
      {allocations.length === 0 ? (
        <p className="placeholder" data-testid="no-allocations">
          No static address is allocated. A VM created on this network with a static address gets the lowest free one.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="vm-table">
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Held by</th>
                <th scope="col">Allocated</th>
              </tr>
            </thead>
            <tbody>
              {allocations.map((allocation) => (
                <tr key={allocation.address} data-testid="allocation-row">
                  <th scope="row">{allocation.address}</th>
                  <td>
                    <AllocationHolder holder={allocation.holder} />
                  </td>
                  <td>{formatDateTime(allocation.allocatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
