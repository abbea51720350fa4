interface LoadMoreVmsProps {
  shown: number;
  total: number;
  fetching: boolean;
  onLoad: () => void;
}

/** Below the VM table while more pages follow: how many are shown, and a button for the next page. */
export function LoadMoreVms({ shown, total, fetching, onLoad }: LoadMoreVmsProps) {
  return (
    <div className="load-more" data-testid="vm-load-more-bar">
      <span className="muted" data-testid="vm-shown">
        Showing {shown} of {total} VMs
      </span>
      <button type="button" onClick={onLoad} disabled={fetching} data-testid="vm-load-more">
        {fetching ? "Loading…" : "Load more"}
      </button>
    </div>
  );
}
