import express, { type ErrorRequestHandler, type RequestHandler } from "express";

/**
 * The request body as bytes, kept before any parsing: a gateway token is bound to the SHA-256 of
 * exactly these bytes, so they must be hashed as received, not as re-serialised JSON.
 */
export const readRawBody = (limit: string): RequestHandler => express.raw({ type: () => true, limit });

export const rawBodyOf = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

/** Parses the raw JSON body for Apollo (after the signature over its bytes has been checked). */
export const parseJsonBody: RequestHandler = (req, res, next) => {
  const raw = rawBodyOf(req.body);
  if (!req.is("application/json") || raw.length === 0) {
    req.body = {};
    next();
    return;
  }
  try {
    req.body = JSON.parse(raw.toString("utf8"));
    next();
  } catch {
    res.status(400).json(clientFault("The request body is not valid JSON", "BAD_REQUEST"));
  }
};

/** Body too large or unreadable: a JSON answer with a code, never Express's HTML page with a stack. */
export const jsonBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = (error as { status?: unknown }).status;
  if (status === 413) {
    res.status(413).json(clientFault("The request body is too large", "BAD_REQUEST"));
  } else if (typeof status === "number" && status >= 400 && status < 500) {
    res.status(status).json(clientFault("The request body could not be read", "BAD_REQUEST"));
  } else {
    console.error(JSON.stringify({ level: "error", event: "request failed", message: String(error) }));
    res.status(500).json(clientFault("Internal error", "INTERNAL_SERVER_ERROR"));
  }
};

const clientFault = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
