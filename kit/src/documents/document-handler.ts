import type { Caller } from "../caller/caller";

/** A file a document route answers with. */
export interface DocumentFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

/**
 * Answers `GET /documents/<kind>/<path…>` for a verified caller. Returns null when the document
 * does not exist *or the caller may not see it*: both must look the same (404). Throw a
 * `DomainError` BAD_USER_INPUT for a malformed request (400).
 */
export type DocumentHandler = (request: {
  caller: Caller;
  /** The path segments after the kind, decoded, e.g. ["2024-05", "INV-0001.pdf"]. */
  path: string[];
  query: URLSearchParams;
}) => Promise<DocumentFile | null>;
