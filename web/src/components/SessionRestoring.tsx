/** Shown while a stored session is being resumed, with the reason when it is taking long. */
export function SessionRestoring({ problem }: { problem: string | null }) {
  return (
    <div className="session-restoring" role="status" data-testid="session-restoring">
      <span className="spinner" aria-hidden="true" />
      <span>
        Resuming your session…
        {problem && <span className="session-problem">{problem}</span>}
      </span>
    </div>
  );
}
