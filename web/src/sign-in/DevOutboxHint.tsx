/**
 * Where a developer finds the code. Rendered only behind `import.meta.env.DEV`, so the
 * production bundle does not contain it; it names the folder, never a code.
 */
export function DevOutboxHint() {
  return (
    <p className="dev-hint" data-testid="dev-outbox-hint">
      <strong>Development build:</strong> no e-mail leaves this machine. The message with the code is in the outbox
      folder <code>.data/outbox/</code> of the repository (newest last in <code>outbox.jsonl</code>).
    </p>
  );
}
