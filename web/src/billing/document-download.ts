import type { ExchangeSession } from "../auth/auth-exchange";
import { EXPIRY_MARGIN_MS } from "../auth/expiry";

/** A document fetched for saving: its bytes and the name to save it under. */
export interface FetchedDocument {
  blob: Blob;
  fileName: string;
}

/** The file name a `Content-Disposition` header gives, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // A malformed encoding: the plain name or the fallback will do.
    }
  }
  const plain = disposition && /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** The gateway's reason for refusing a download ("No such document", a rate limit…). */
async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    const message = body.errors?.[0]?.message;
    if (message) return message;
  } catch {
    // Not the gateway's JSON (a proxy's page): the status says enough.
  }
  return `The download failed (HTTP ${response.status})`;
}

/**
 * Fetches a document the gateway serves at `/documents/…`. The gateway authenticates the
 * download as it does /graphql, with the session's access token in the Authorization header (a
 * plain link could not carry it), so the document is fetched here and saved from memory. A token
 * about to expire is refreshed first; one refused with 401 is refreshed and the download tried
 * once more, as GraphQL requests are.
 */
export async function fetchDocument(
  url: string,
  fallbackName: string,
  session: ExchangeSession,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<FetchedDocument> {
  if (!url.startsWith("/documents/")) throw new Error("Not a document of this platform");
  if (session.accessTokenExpiresWithin(EXPIRY_MARGIN_MS)) await session.refresh();
  const get = () => {
    const token = session.accessToken();
    return fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  };
  let response = await get();
  if (response.status === 401) {
    await session.refresh();
    response = await get();
  }
  if (!response.ok) throw new Error(await refusal(response));
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get("content-disposition"), fallbackName),
  };
}

/** Hands a fetched document to the browser's downloads, as a link to it would. */
export function saveDocument({ blob, fileName }: FetchedDocument): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
