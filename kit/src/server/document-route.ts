import { randomUUID } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { DocumentFile, DocumentHandler } from "../documents/document-handler";
import { attachmentDisposition } from "../documents/attachment-disposition";
import { DomainError } from "../errors";
import { GATEWAY_TOKEN_HEADER } from "../gateway-trust/gateway-token";
import type { GatewayTokenVerifier } from "../gateway-trust/gateway-token-verifier";
import { currentRequest, noteCaller } from "../observability/request-observer";
import type { ErrorLog } from "./error-masking";

/** Where the documents are served: GET /documents/<kind>/<path…>. */
export const DOCUMENTS_PATH = "/documents";

/**
 * What a gateway token for a GET is bound to: the request's path and query string exactly as
 * sent (`/documents/quotes/vm-estimate.pdf?input=…`), since a GET carries its meaning in its URL.
 * A token for one document cannot fetch another, nor anything else.
 */
export const signedGetRequest = (pathAndQuery: string) => ({ method: "GET", body: pathAndQuery });

const fault = (message: string, code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

/** One answer for a document that does not exist and one the caller may not see. */
const notFound = (res: Response) => res.status(404).json(fault("No such document", "NOT_FOUND"));

/**
 * Serves `documents` under DOCUMENTS_PATH (mount it there) for callers the gateway signed the
 * request for: only a GET, only with a gateway token bound to this very URL (accepted once,
 * through the same verifier as /graphql), only for a signed-in caller. A service token opens
 * nothing here: a document is always someone's. See `DocumentHandler` for what a handler answers.
 */
export function documentRoute(options: {
  documents: Record<string, DocumentHandler>;
  gateway: GatewayTokenVerifier;
  /** Answers 401 for a refused signature (and logs why). */
  refuse: (res: Response, error: unknown) => void;
  errorLog: ErrorLog;
  subgraph: string;
}): RequestHandler {
  const { documents, gateway, refuse, errorLog, subgraph } = options;
  return async (req, res) => {
    if (req.method !== "GET") {
      res.status(405).set("Allow", "GET").json(fault("Documents are read with GET", "BAD_REQUEST"));
      return;
    }
    let caller;
    try {
      ({ caller } = await gateway.verify(req.header(GATEWAY_TOKEN_HEADER), signedGetRequest(req.originalUrl)));
    } catch (error) {
      refuse(res, error);
      return;
    }
    if (!caller) {
      res.status(401).json(fault("Sign in to download documents", "UNAUTHENTICATED"));
      return;
    }
    noteCaller({ organizationId: caller.organizationId, kind: caller.kind });
    const target = documentTarget(req);
    const handler = target && Object.hasOwn(documents, target.kind) ? documents[target.kind] : undefined;
    if (!target || !handler) {
      notFound(res);
      return;
    }
    const record = currentRequest();
    if (record) record.operation = `documents/${target.kind}`;
    try {
      const file = await handler({ caller, path: target.path, query: target.query });
      if (file) send(res, file);
      else notFound(res);
    } catch (error) {
      if (error instanceof DomainError && error.extensions.code === "BAD_USER_INPUT") {
        const { code, field } = error.extensions;
        res.status(400).json(fault(error.message, String(code), field === undefined ? {} : { field }));
        return;
      }
      const errorId = randomUUID();
      errorLog({
        level: "error",
        subgraph,
        errorId,
        event: "document failed",
        kind: target.kind,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
        callerOrganization: caller.organizationId,
        requestId: record?.requestId ?? null,
      });
      res.status(500).json(fault("Internal error", "INTERNAL_SERVER_ERROR", { errorId }));
    }
  };
}

/** The kind, the decoded path segments after it and the query; null for a path that names nothing. */
function documentTarget(req: Request): { kind: string; path: string[]; query: URLSearchParams } | null {
  const queryAt = req.originalUrl.indexOf("?");
  const query = new URLSearchParams(queryAt === -1 ? "" : req.originalUrl.slice(queryAt + 1));
  let segments: string[];
  try {
    segments = req.path.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  const [kind, ...path] = segments;
  if (!kind || path.length === 0 || path.some((segment) => segment === "")) return null;
  return { kind, path, query };
}

function send(res: Response, file: DocumentFile) {
  res
    .status(200)
    .set({
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.filename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    })
    .send(typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body);
}
