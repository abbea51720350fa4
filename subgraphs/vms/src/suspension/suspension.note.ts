import type { VmOperationRow } from "../db/schema";

/**
 * The audit message of an operation a suspension queued, so the VM's trail says why it went off
 * (its actor is the suspension); null for every other operation.
 */
export function suspensionNote(operation: Pick<VmOperationRow, "requestedByKind" | "input">): string | null {
  if (operation.requestedByKind !== "suspension") return null;
  const { reason } = (operation.input ?? {}) as { reason?: unknown };
  return typeof reason === "string"
    ? `Powered off: the organisation is suspended (${reason})`
    : "Powered off: the organisation is suspended";
}
