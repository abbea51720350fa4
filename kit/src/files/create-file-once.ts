import { randomUUID } from "node:crypto";
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes `content` to `file` (mode 600) unless the file exists; true when this call made it. The
 * content goes to a draft that is hard-linked into place, which fails if the file exists: processes
 * starting together agree on one complete file (a development key, a simulator's merchant).
 */
export function createFileOnce(file: string, content: () => string, options: { dirMode?: number } = {}): boolean {
  if (existsSync(file)) return false;
  mkdirSync(path.dirname(file), { recursive: true, mode: options.dirMode });
  const draft = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(draft, content(), { mode: 0o600 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    unlinkSync(draft);
  }
}
