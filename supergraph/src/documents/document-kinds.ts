import type { SUBGRAPH_NAMES } from "../config";

/** Which subgraph makes each kind of document (`GET /documents/<kind>/…`); any other kind is 404. */
export const DOCUMENT_KINDS: Readonly<Record<string, (typeof SUBGRAPH_NAMES)[number]>> = {
  invoices: "telemetry-billing",
  quotes: "catalog",
};

/** The subgraph for `kind`, or undefined for a kind nobody makes (never an inherited property). */
export const subgraphForKind = (kind: string) =>
  Object.hasOwn(DOCUMENT_KINDS, kind) ? DOCUMENT_KINDS[kind] : undefined;
