import type http from "node:http";

/** Headers that describe one connection, not the message: a proxy never passes them on (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  // A Connection header may name further headers that belong to this hop only.
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const passed: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.includes(name)) passed[name] = value;
  }
  return passed;
}

/**
 * A browser's request headers as the gateway gets them: for the gateway's host, with the
 * browser's address appended to X-Forwarded-For (the gateway trusts this one loopback hop, so an
 * address a client puts there itself is never taken for its own).
 */
export function forwardedHeaders(request: http.IncomingMessage, gatewayHost: string): http.OutgoingHttpHeaders {
  const headers = withoutHopByHop(request.headers);
  const address = request.socket.remoteAddress ?? "";
  const earlier = request.headers["x-forwarded-for"];
  headers["x-forwarded-for"] = earlier ? `${earlier}, ${address}` : address;
  headers["x-forwarded-proto"] = "http";
  if (request.headers.host) headers["x-forwarded-host"] = request.headers.host;
  headers.host = gatewayHost;
  return headers;
}

/** The gateway's answer headers as the browser gets them. */
export const responseHeaders = (headers: http.IncomingHttpHeaders) => withoutHopByHop(headers);
