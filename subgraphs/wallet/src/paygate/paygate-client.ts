import { southAfricanDateTime } from "../south-african-time";
import {
  decodeFields,
  encodeFields,
  hasValidChecksum,
  INITIATE_FIELDS,
  INITIATE_RESPONSE_FIELDS,
  type PayWebFields,
  payWebChecksum,
  QUERY_FIELDS,
  RESULT_FIELDS,
  RETURN_FIELDS,
  signFields,
} from "./protocol";

/** Which PayGate, as whom: all three are configuration (PAYGATE_URL, PAYGATE_ID, PAYGATE_ENCRYPTION_KEY). */
export interface PayGateAccount {
  /** e.g. https://secure.paygate.co.za — the client appends /payweb3/… */
  baseUrl: string;
  paygateId: string;
  encryptionKey: string;
  /**
   * Where browsers reach the payment page, when not `${baseUrl}/payweb3/process.trans` (only for a
   * local simulator that browsers and the wallet reach under different names).
   */
  processUrl?: string;
}

export interface InitiateRequest {
  reference: string;
  amountCents: bigint;
  currency: string;
  returnUrl: string;
  notifyUrl: string;
  email: string;
  /** PayWeb3's VAULT=1: PayGate keeps the card and returns its VAULT_ID with the result. */
  vault?: boolean;
  /** PayGate reads TRANSACTION_DATE as South African time. */
  at: Date;
}

/** Where the browser goes next: a form POST of `fields` to `url`. */
export interface ProcessRedirect {
  url: string;
  fields: { PAY_REQUEST_ID: string; CHECKSUM: string };
}

/** PayGate refused or answered something we cannot trust; the message says which. */
export class PayGateError extends Error {
  constructor(
    message: string,
    /** PayGate's own ERROR code when it sent one, e.g. DATA_CHK. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "PayGateError";
  }
}

const TIMEOUT_MS = 15_000;

/** The server-side half of PayWeb3: initiate and query. Responses are checked before use. */
export class PayGateClient {
  constructor(private readonly account: PayGateAccount) {}

  get paygateId(): string {
    return this.account.paygateId;
  }

  get processUrl(): string {
    return this.account.processUrl ?? `${this.account.baseUrl}/payweb3/process.trans`;
  }

  /** The process-page form for a registered payment (the checksum PayGate's initiate answer carried). */
  processRedirect(payRequestId: string, reference: string): ProcessRedirect {
    const checksum = payWebChecksum(
      { PAYGATE_ID: this.account.paygateId, PAY_REQUEST_ID: payRequestId, REFERENCE: reference },
      INITIATE_RESPONSE_FIELDS,
      this.account.encryptionKey,
    );
    return { url: this.processUrl, fields: { PAY_REQUEST_ID: payRequestId, CHECKSUM: checksum } };
  }

  /** Step 1: registers the payment and returns the browser's redirect. */
  async initiate(request: InitiateRequest): Promise<ProcessRedirect & { payRequestId: string }> {
    const fields = signFields(
      {
        PAYGATE_ID: this.account.paygateId,
        REFERENCE: request.reference,
        AMOUNT: request.amountCents.toString(),
        CURRENCY: request.currency,
        RETURN_URL: request.returnUrl,
        TRANSACTION_DATE: southAfricanDateTime(request.at),
        LOCALE: "en-za",
        COUNTRY: "ZAF",
        EMAIL: request.email,
        NOTIFY_URL: request.notifyUrl,
        ...(request.vault ? { VAULT: "1" } : {}),
      },
      INITIATE_FIELDS,
      this.account.encryptionKey,
    );
    const answer = await this.post("initiate.trans", fields);
    this.assertFromPayGate(answer, INITIATE_RESPONSE_FIELDS, "initiate");
    if (answer.REFERENCE !== request.reference) {
      throw new PayGateError(`PayGate answered for reference ${answer.REFERENCE}, not ${request.reference}`);
    }
    const payRequestId = answer.PAY_REQUEST_ID ?? "";
    return {
      payRequestId,
      url: this.processUrl,
      fields: { PAY_REQUEST_ID: payRequestId, CHECKSUM: answer.CHECKSUM ?? "" },
    };
  }

  /** Asks PayGate where a transaction stands; the answer carries the same fields as a notify. */
  async query(payRequestId: string, reference: string): Promise<PayWebFields> {
    const fields = signFields(
      { PAYGATE_ID: this.account.paygateId, PAY_REQUEST_ID: payRequestId, REFERENCE: reference },
      QUERY_FIELDS,
      this.account.encryptionKey,
    );
    const answer = await this.post("query.trans", fields);
    this.assertFromPayGate(answer, RESULT_FIELDS, "query");
    if (answer.PAY_REQUEST_ID !== payRequestId || answer.REFERENCE !== reference) {
      throw new PayGateError(`PayGate answered the query for another transaction (${answer.PAY_REQUEST_ID})`);
    }
    return answer;
  }

  /** True when a notify message or query answer was signed with our key for our PayGate id. */
  verify(fields: PayWebFields, order: readonly string[]): boolean {
    return fields.PAYGATE_ID === this.account.paygateId && hasValidChecksum(fields, order, this.account.encryptionKey);
  }

  /**
   * True when the browser's return (PAY_REQUEST_ID, TRANSACTION_STATUS, CHECKSUM) was signed for
   * the top-up with `reference`: PAYGATE_ID and REFERENCE are not posted, they come from our records.
   */
  verifyReturn(fields: PayWebFields, reference: string): boolean {
    const withOurRecords = { ...fields, PAYGATE_ID: this.account.paygateId, REFERENCE: reference };
    return hasValidChecksum(withOurRecords, RETURN_FIELDS, this.account.encryptionKey);
  }

  private async post(endpoint: string, fields: PayWebFields): Promise<PayWebFields> {
    let response: Response;
    try {
      response = await fetch(`${this.account.baseUrl}/payweb3/${endpoint}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: encodeFields(fields),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PayGateError(`PayGate could not be reached: ${(error as Error).message}`);
    }
    if (!response.ok) throw new PayGateError(`PayGate answered HTTP ${response.status}`);
    return decodeFields(await response.text());
  }

  private assertFromPayGate(answer: PayWebFields, order: readonly string[], step: string): void {
    if (answer.ERROR) throw new PayGateError(`PayGate refused the ${step} request: ${answer.ERROR}`, answer.ERROR);
    if (!this.verify(answer, order)) throw new PayGateError(`PayGate's ${step} answer failed its checksum`);
  }
}
