export function Loading({ label = "Loading dashboard…" }: { label?: string }) {
  return (
    <div className="loading" role="status" data-testid="dashboard-loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
