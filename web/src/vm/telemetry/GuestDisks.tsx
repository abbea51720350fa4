import { formatDateTime, formatGb } from "../../format";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { formatMetric } from "../../metric-format";
import { barWidthPercent, diskUsageLevel } from "./disk-usage";

export const GuestDisks_GuestDiskUsageFragment = graphql(`
  fragment GuestDisks_GuestDiskUsageFragment on GuestDiskUsage {
    path
    capacityGb
    usedGb
    usedPercent
    sampledAt
  }
`);

/** Each guest file system: used of capacity, the share as a bar, and when Tools reported it. */
export function GuestDisks(props: { disks: ReadonlyArray<FragmentType<typeof GuestDisks_GuestDiskUsageFragment>> }) {
  const disks = getFragmentData(GuestDisks_GuestDiskUsageFragment, props.disks);
  if (disks.length === 0) {
    return (
      <p className="muted" data-testid="guest-disks-none">
        No guest file systems reported (VMware Tools reports them while the VM runs).
      </p>
    );
  }
  return (
    // Focusable, so a keyboard can scroll it when the table is wider than the page.
    <div className="table-scroll" role="region" aria-label="Guest file systems" tabIndex={0}>
      <table className="guest-disks" data-testid="guest-disks">
        <thead>
          <tr>
            <th scope="col">File system</th>
            <th scope="col" className="num">
              Used
            </th>
            <th scope="col">Share</th>
            <th scope="col">Reported</th>
          </tr>
        </thead>
        <tbody>
          {disks.map((disk) => (
            <tr key={disk.path} data-testid="guest-disk">
              <th scope="row">{disk.path}</th>
              <td className="num">
                {formatGb(disk.usedGb)} of {formatGb(disk.capacityGb)}
              </td>
              <td>
                <span className="usage-bar" aria-hidden="true">
                  <span
                    className={`usage-bar-fill usage-${diskUsageLevel(disk.usedPercent)}`}
                    style={{ width: `${barWidthPercent(disk.usedPercent)}%` }}
                  />
                </span>{" "}
                <span data-testid="guest-disk-percent">{formatMetric(disk.usedPercent, "%")}</span>
              </td>
              <td className="muted">{formatDateTime(disk.sampledAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
