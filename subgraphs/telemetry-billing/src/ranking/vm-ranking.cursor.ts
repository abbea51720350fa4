import { badUserInput, isUuid } from "@dcx/kit";
import { VmRankingOrder } from "./vm-ranking.type";

/**
 * Where a page of a ranking ends: the last VM's figure as the database wrote it (cents, or the
 * exact float of a CPU average; empty for a VM without data) and its id, which breaks ties.
 * Opaque to clients: base64url of `<order>:<figure>:<id>`. A cursor of another order is refused.
 */
export interface VmRankingCursor {
  value: string | null;
  vmId: string;
}

const MAX_CURSOR_LENGTH = 200;
const CENTS = /^-?\d{1,19}$/;
const FLOAT = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;

export function encodeVmRankingCursor(by: VmRankingOrder, cursor: VmRankingCursor): string {
  return Buffer.from(`${by}:${cursor.value ?? ""}:${cursor.vmId}`, "utf8").toString("base64url");
}

/** Null for no cursor (the first page); BAD_USER_INPUT on `after` for anything else than a cursor of `by`. */
export function decodeVmRankingCursor(by: VmRankingOrder, after: string | null | undefined): VmRankingCursor | null {
  if (after === null || after === undefined) return null;
  const invalid = () => badUserInput("Invalid cursor: pass a cursor from a previous page of this ranking", "after");
  if (after.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(after)) throw invalid();
  const [order, value, vmId, ...rest] = Buffer.from(after, "base64url").toString("utf8").split(":");
  if (order !== by || value === undefined || vmId === undefined || rest.length > 0 || !isUuid(vmId)) throw invalid();
  const pattern = by === VmRankingOrder.CPU_AVERAGE ? FLOAT : CENTS;
  if (value !== "" && (!pattern.test(value) || !Number.isFinite(Number(value)))) throw invalid();
  return { value: value === "" ? null : value, vmId: vmId.toLowerCase() };
}
