import { mkdirSync, watch } from "node:fs";
import path from "node:path";

/**
 * In development, sign-in e-mails land as files in the outbox folder. This prints where each new
 * one is, so a developer can open it; it never prints the message or its code.
 */
export function announceOutboxMail(outboxDir: string, log: (line: string) => void): () => void {
  mkdirSync(outboxDir, { recursive: true });
  const watcher = watch(outboxDir, (event, file) => {
    if (event === "rename" && file?.endsWith(".eml")) log(`new e-mail in ${path.join(outboxDir, file)}`);
  });
  return () => watcher.close();
}
