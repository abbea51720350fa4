import { badUserInput, isUuid } from "@dcx/kit";

/**
 * Where a page of an organisation's VMs ends: the last VM's name as the database lower-cases it
 * (the sort key, so JavaScript's idea of lower case never enters the comparison) and its id, which
 * breaks ties. Opaque to clients: base64url of `<id>:<lower name>`.
 */
export interface VmCursor {
  id: string;
  sortName: string;
}

/** Longer than any name the rules admit (80 characters, up to 4 bytes each). */
const MAX_CURSOR_LENGTH = 600;

export function encodeVmCursor(cursor: VmCursor): string {
  return Buffer.from(`${cursor.id}:${cursor.sortName}`, "utf8").toString("base64url");
}

/** Null for no cursor (the first page); BAD_USER_INPUT on `after` for anything `encodeVmCursor` did not make. */
export function decodeVmCursor(after: string | null | undefined): VmCursor | null {
  if (after === null || after === undefined) return null;
  const invalid = () => badUserInput("Invalid cursor: pass a cursor from a previous page", "after");
  if (after.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(after)) throw invalid();
  const text = Buffer.from(after, "base64url").toString("utf8");
  const id = text.slice(0, 36);
  const sortName = text.slice(37);
  if (!isUuid(id) || text[36] !== ":" || sortName.length === 0 || text.includes("\uFFFD")) throw invalid();
  return { id: id.toLowerCase(), sortName };
}
