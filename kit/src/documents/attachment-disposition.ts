/**
 * `Content-Disposition: attachment` for `filename`, as RFC 6266 advises: a plain ASCII `filename`
 * for every client (anything else replaced by "_", so no quote, semicolon or line break can
 * escape the header) and the exact name, percent-encoded, in `filename*`.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_") || "document";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRFC5987(filename)}`;
}

const encodeRFC5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
