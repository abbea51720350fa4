import type { ReactNode } from "react";

interface StatProps {
  label: string;
  children: ReactNode;
  testId?: string;
}

/** One labelled figure in the summary row. */
export function Stat({ label, children, testId }: StatProps) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value" data-testid={testId}>
        {children}
      </span>
    </div>
  );
}
