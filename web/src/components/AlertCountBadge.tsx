/** "2 alerts firing" beside a VM's newest values; nothing when none fire. */
export function AlertCountBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="alert-badge" data-testid="vm-open-alerts">
      {count === 1 ? "1 alert firing" : `${count} alerts firing`}
    </span>
  );
}
