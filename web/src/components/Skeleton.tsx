/**
 * Grey placeholders in the shape of what is loading, so the page does not jump when it arrives.
 * Screen readers hear the label once (a polite status), not the shapes.
 */
export function Skeleton(props: {
  label: string;
  /** Rows of text-like bars. */
  lines?: number;
  /** Chart-like boxes. */
  charts?: number;
  testId?: string;
}) {
  const { lines = 0, charts = 0 } = props;
  return (
    <div className="skeleton" role="status" data-testid={props.testId ?? "skeleton"}>
      <span className="visually-hidden">{props.label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={`line-${index}`} className="skeleton-line" aria-hidden="true" />
      ))}
      {charts > 0 && (
        <div className="skeleton-charts" aria-hidden="true">
          {Array.from({ length: charts }, (_, index) => (
            <span key={`chart-${index}`} className="skeleton-chart" />
          ))}
        </div>
      )}
    </div>
  );
}

/** Rows of grey bars in the shape of a table. */
export function TableSkeleton({ rows = 5, columns = 6 }: { rows?: number; columns?: number }) {
  return (
    <div className="skeleton-table" aria-hidden="true">
      {Array.from({ length: rows }, (_, row) => (
        <div className="skeleton-row" key={row}>
          {Array.from({ length: columns }, (_, column) => (
            <span className="skeleton-bar" key={column} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** The overview's shape while its one query runs: four summary cards, then the VM table. */
export function OverviewSkeleton() {
  return (
    <div className="dashboard" role="status" aria-label="Loading the overview" data-testid="dashboard-loading">
      <section className="summary" aria-hidden="true">
        {Array.from({ length: 4 }, (_, card) => (
          <div className="card skeleton-card" key={card}>
            <span className="skeleton-bar short" />
            <span className="skeleton-bar tall" />
          </div>
        ))}
      </section>
      <section className="card">
        <TableSkeleton rows={8} columns={8} />
      </section>
    </div>
  );
}
