interface VmPagerProps {
  range: string;
  hasPrevious: boolean;
  hasNext: boolean;
  fetching: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** "1–50 of 3 300" with Previous and Next: a page of 50 at a time, whatever the list's size. */
export function VmPager({ range, hasPrevious, hasNext, fetching, onPrevious, onNext }: VmPagerProps) {
  return (
    <nav className="vms-pager" aria-label="VM list pages">
      <button
        type="button"
        className="secondary"
        disabled={!hasPrevious || fetching}
        onClick={onPrevious}
        data-testid="vms-previous"
      >
        Previous
      </button>
      <span className="muted" data-testid="vms-range" aria-live="polite">
        {range}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={!hasNext || fetching}
        onClick={onNext}
        data-testid="vms-next"
      >
        Next
      </button>
    </nav>
  );
}
