import type { FetcherHeaders, FetcherResponse } from "@apollo/utils.fetcher";
import { type IncomingHttpHeaders, STATUS_CODES } from "node:http";

/**
 * A subgraph's answer, read whole, in the shape Apollo's data source reads (`FetcherResponse`).
 * The body is already text, so `json()` parses it once; a WHATWG `Response` would turn it back
 * into a stream of bytes first. Apollo Gateway reads only the content type and cache policy of
 * these headers and hands none of them to the client.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: FetcherHeaders;
  readonly redirected = false;
  readonly bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? "";
    const copied = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) copied.append(name, one);
    }
    this.headers = copied;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return this;
  }
}
