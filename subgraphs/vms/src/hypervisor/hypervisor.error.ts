/** Stable codes for everything that can go wrong when talking to a hypervisor. */
export const HYPERVISOR_ERROR_CODES = [
  "NOT_AUTHENTICATED",
  "DUPLICATE_NAME",
  "INVALID_POWER_STATE",
  "INVALID_STATE",
  "INSUFFICIENT_RESOURCES",
  "NOT_FOUND",
  "INVALID_ARGUMENT",
  "NOT_SUPPORTED",
  "TIMEOUT",
  "UNAVAILABLE",
  "FAULT",
] as const;

export type HypervisorErrorCode = (typeof HYPERVISOR_ERROR_CODES)[number];

/**
 * The one error the hypervisor port throws. `code` is what callers branch on; `faultName` keeps
 * the vendor's own fault (e.g. `InvalidPowerState`) for logs and support.
 */
export class HypervisorError extends Error {
  readonly code: HypervisorErrorCode;
  readonly faultName: string | undefined;

  constructor(code: HypervisorErrorCode, message: string, options: { faultName?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HypervisorError";
    this.code = code;
    this.faultName = options.faultName;
  }
}

export const isHypervisorError = (error: unknown, code?: HypervisorErrorCode): error is HypervisorError =>
  error instanceof HypervisorError && (code === undefined || error.code === code);
