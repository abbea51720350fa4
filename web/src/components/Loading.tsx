import { TableSkeleton } from "./Skeleton";

/**
 * What a panel shows while its query runs: grey rows in the shape of the list or table that is
 * coming (most panels are one), so the page does not jump when it arrives. Screen readers hear
 * the label once. `inline` is a small spinner with the label, for a value inside a form.
 */
export function Loading({
  label = "Loading…",
  inline = false,
  rows = 4,
  columns = 4,
}: {
  label?: string;
  inline?: boolean;
  rows?: number;
  columns?: number;
}) {
  if (inline) {
    return (
      <span className="loading" role="status" data-testid="loading">
        <span className="spinner" aria-hidden="true" />
        {label}
      </span>
    );
  }
  return (
    <div className="loading-skeleton" role="status" data-testid="loading">
      <span className="visually-hidden">{label}</span>
      <TableSkeleton rows={rows} columns={columns} />
    </div>
  );
}
