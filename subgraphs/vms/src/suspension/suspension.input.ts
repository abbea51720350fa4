import { cleanText } from "@dcx/kit";

export const REASON_MAX_LENGTH = 500;

/**
 * The wallet's reason, as the organisation's users will read it. (`organizationId` needs no check
 * here: the kit refuses an `ID` argument that is not a UUID before any resolver runs.)
 */
export const checkReason = (value: unknown): string =>
  cleanText(value, { field: "reason", label: "Reason", maxLength: REASON_MAX_LENGTH });
