/**
 * Inputs where the table is known to fail (none today), keyed "mutation.input" (or "mutation" for a write), with what goes wrong. The test
 * prints them and fails when an entry no longer fails, so the list can only shrink.
 */
export const KNOWN_GAPS: Record<string, string> = {};
