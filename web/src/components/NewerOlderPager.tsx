import { useState } from "react";

/** Where a newest-first list stands: the cursors of the pages walked through so far. */
export interface CursorStack {
  /** This page's `after` (null on the first page). */
  after: string | null;
  /** 1 on the first page. */
  pageNumber: number;
  /** To the page after this one, which starts after `endCursor`. */
  older(endCursor: string | null): void;
  /** Back to the page before this one. */
  newer(): void;
}

/** The cursors of the pages before this one; the last is this page's `after`. Remount to start over. */
export function useCursorStack(): CursorStack {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors.at(-1) ?? null,
    pageNumber: cursors.length,
    older: (endCursor) => setCursors([...cursors, endCursor]),
    newer: () => setCursors(cursors.slice(0, -1)),
  };
}

interface NewerOlderPagerProps {
  stack: CursorStack;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** e.g. "audit" gives the test ids audit-newer, audit-older and audit-page-number. */
  testIdPrefix: string;
  showPageNumber?: boolean;
}

/** "Newer" and "Older" under a newest-first list, optionally with the page's number between. */
export function NewerOlderPager({ stack, pageInfo, testIdPrefix, showPageNumber = false }: NewerOlderPagerProps) {
  return (
    <div className="pager">
      <button
        type="button"
        className="link-button"
        disabled={stack.pageNumber === 1}
        onClick={stack.newer}
        data-testid={`${testIdPrefix}-newer`}
      >
        Newer
      </button>
      {showPageNumber && (
        <span className="muted" data-testid={`${testIdPrefix}-page-number`}>
          Page {stack.pageNumber}
        </span>
      )}
      <button
        type="button"
        className="link-button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => stack.older(pageInfo.endCursor ?? null)}
        data-testid={`${testIdPrefix}-older`}
      >
        Older
      </button>
    </div>
  );
}
