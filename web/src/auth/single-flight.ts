/**
 * Wraps an async task so that callers arriving while it runs share the same promise
 * instead of starting it again. Once it settles, the next call starts a new run.
 */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    if (inFlight) return inFlight;
    const run = Promise.resolve()
      .then(task)
      .finally(() => {
        if (inFlight === run) inFlight = null;
      });
    inFlight = run;
    return run;
  };
}
