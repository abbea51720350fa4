import { isHypervisorError } from "../../hypervisor";

/** An operation that cannot succeed however often it is tried (the VM is gone, the guest did not answer). */
export class OperationFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OperationFailure";
  }
}

/** Codes worth another attempt: vCenter was unreachable, slow or had forgotten the session. */
const TRANSIENT_CODES = new Set(["TIMEOUT", "UNAVAILABLE", "NOT_AUTHENTICATED"]);

/**
 * Whether a later attempt may succeed. Hypervisor answers are final unless they say vCenter could
 * not be reached; anything else unexpected (the database restarting, a dropped connection) is retried.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof OperationFailure) return false;
  if (isHypervisorError(error)) return TRANSIENT_CODES.has(error.code);
  return true;
}

/** The code and message an operation records when it fails. */
export function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof OperationFailure || isHypervisorError(error))
    return { code: error.code, message: error.message };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}
