import { Agent, fetch } from "undici";
import { HypervisorError } from "../hypervisor.error";
import { readSoapFault } from "./faults";
import { buildEnvelope, byLocalName, parseEnvelopeBody, type XmlInputNode, type XmlNode } from "./soap-xml";

const SESSION_COOKIE = "vmware_soap_session";

/** A failed call, and whether vCenter may have acted on it (decides whether a retry is safe). */
export class SoapCallError extends HypervisorError {
  constructor(
    error: HypervisorError,
    readonly mayHaveArrived: boolean,
  ) {
    super(error.code, error.message, { faultName: error.faultName, cause: error.cause });
  }
}

export interface SoapTransportOptions {
  /** `https://vcenter.example/sdk`; credentials in the URL are ignored here. */
  url: string;
  /** PEM text of the certificate authorities to trust instead of the system's. */
  caPem?: string;
  callTimeoutMs: number;
  /** vim25 release named in `SOAPAction`. */
  apiVersion?: string;
  /** Told of every method called, e.g. to count round trips. */
  onCall?: (method: string) => void;
}

/** One vim25 endpoint: POSTs envelopes, keeps the session cookie, turns failures into codes. */
export class SoapTransport {
  private readonly endpoint: string;
  private readonly agent: Agent;
  private cookie: string | undefined;

  constructor(private readonly options: SoapTransportOptions) {
    const url = new URL(options.url);
    url.username = "";
    url.password = "";
    this.endpoint = url.toString();
    this.agent = new Agent({ connect: options.caPem ? { ca: options.caPem } : {} });
  }

  forgetSession() {
    this.cookie = undefined;
  }

  get hasSession() {
    return this.cookie !== undefined;
  }

  /** Calls `method` and answers its `…Response` element (holding `returnval`). */
  async call(method: string, body: XmlInputNode, timeoutMs = this.options.callTimeoutMs): Promise<XmlNode> {
    this.options.onCall?.(method);
    const headers: Record<string, string> = {
      "content-type": "text/xml; charset=utf-8",
      soapaction: `urn:vim25/${this.options.apiVersion ?? "7.0"}`,
    };
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    let response;
    let answer: string;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers,
        body: buildEnvelope(method, body),
        dispatcher: this.agent,
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = await response.text();
    } catch (error) {
      throw networkError(error, method, timeoutMs);
    }
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (setCookie) this.cookie = setCookie.slice(SESSION_COOKIE.length + 1).split(";")[0];
    return readAnswer(method, response.status, answer);
  }

  async close() {
    await this.agent.close();
  }
}

function readAnswer(method: string, status: number, answer: string): XmlNode {
  let body: XmlNode | undefined;
  try {
    body = parseEnvelopeBody(answer);
  } catch {
    body = undefined;
  }
  if (body) {
    const fault = readSoapFault(body, method);
    if (fault) throw new SoapCallError(fault, true);
    const result = byLocalName(body, `${method}Response`);
    if (status === 200 && result) return result;
  }
  const code = status === 401 || status === 403 ? "NOT_AUTHENTICATED" : status >= 502 ? "UNAVAILABLE" : "FAULT";
  const error = new HypervisorError(code, `${method}: vCenter answered HTTP ${status} without a SOAP answer`);
  throw new SoapCallError(error, status < 502);
}

/** Errors that happen before a connection exists cannot have reached vCenter. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "EHOSTUNREACH"]);

function networkError(error: unknown, method: string, timeoutMs: number): SoapCallError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    const timeout = new HypervisorError("TIMEOUT", `${method}: no answer from vCenter within ${timeoutMs} ms`, {
      cause: error,
    });
    return new SoapCallError(timeout, true);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? "";
  const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code);
  const message = certificate
    ? `${method}: vCenter's TLS certificate is not trusted (${code}); set VCENTER_CA_FILE to its CA`
    : `${method}: cannot reach vCenter (${code || (error as Error).message})`;
  // A certificate that fails now fails on every retry: not transient, and nothing was sent.
  const unavailable = new HypervisorError(certificate ? "FAULT" : "UNAVAILABLE", message, { cause: error });
  return new SoapCallError(unavailable, !(certificate || NOT_SENT.has(code)));
}
