import { XMLParser } from "fast-xml-parser";

/**
 * PayGate's PayHost SOAP interface, for charging a card PayGate keeps (PayVault) without the card
 * holder present: `SinglePaymentRequest` → `CardPaymentRequest` with the `VaultId`, and
 * `SingleFollowUpRequest` → `QueryRequest` by our `MerchantOrderId` when an answer was lost.
 * Namespace and element names as PayGate documents them (docs.paygate.co.za, PayHost).
 */
export interface PayHostAccount {
  /** e.g. https://secure.paygate.co.za/payhost/process.trans */
  url: string;
  paygateId: string;
  password: string;
}

export interface VaultPaymentRequest {
  /** Our reference for this attempt (MerchantOrderId): new for every attempt. */
  reference: string;
  vaultId: string;
  amountCents: bigint;
  currency: string;
  email: string;
}

/** PayHost's `Status` for a payment; `TransactionStatusCode` 1 is approved. */
export interface PayHostStatus {
  statusName: string;
  transactionId: string;
  reference: string;
  transactionStatusCode: string;
  resultCode: string;
  resultDescription: string;
  amount: string;
  currency: string;
  authCode: string;
  /** StatusDetail of an `Error` answer. */
  detail: string;
}

/** PayHost answered, but with an error (`StatusName` Error or a SOAP fault): no payment was made. */
export class PayHostRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PayHostRefusal";
  }
}

/** No usable answer (network, timeout, HTTP error, unreadable XML): the payment may or may not exist. */
export class PayHostNoAnswer extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PayHostNoAnswer";
  }
}

const NAMESPACE = "http://www.paygate.co.za/PayHOST";
const TIMEOUT_MS = 30_000;
const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, trimValues: true });

export const escapeXml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

export class PayHostClient {
  constructor(private readonly account: PayHostAccount) {}

  /** Charges the vaulted card; resolves with PayGate's Status (approved or declined). */
  async payWithVault(request: VaultPaymentRequest): Promise<PayHostStatus> {
    const body =
      `<ns1:SinglePaymentRequest><ns1:CardPaymentRequest>${this.accountXml()}` +
      `<ns1:Customer><ns1:FirstName>DCX</ns1:FirstName><ns1:LastName>Cloud customer</ns1:LastName>` +
      `<ns1:Email>${escapeXml(request.email)}</ns1:Email></ns1:Customer>` +
      `<ns1:VaultId>${escapeXml(request.vaultId)}</ns1:VaultId>` +
      `<ns1:BudgetPeriod>0</ns1:BudgetPeriod>` +
      `<ns1:Order><ns1:MerchantOrderId>${escapeXml(request.reference)}</ns1:MerchantOrderId>` +
      `<ns1:Currency>${escapeXml(request.currency)}</ns1:Currency>` +
      `<ns1:Amount>${request.amountCents.toString()}</ns1:Amount></ns1:Order>` +
      `</ns1:CardPaymentRequest></ns1:SinglePaymentRequest>`;
    const answer = await this.post(body);
    return this.statusOf(answer, "SinglePaymentResponse", "CardPaymentResponse");
  }

  /** Asks PayGate what became of the payment with our `reference`. */
  async query(reference: string): Promise<PayHostStatus> {
    const body =
      `<ns1:SingleFollowUpRequest><ns1:QueryRequest>${this.accountXml()}` +
      `<ns1:MerchantOrderId>${escapeXml(reference)}</ns1:MerchantOrderId>` +
      `</ns1:QueryRequest></ns1:SingleFollowUpRequest>`;
    const answer = await this.post(body);
    return this.statusOf(answer, "SingleFollowUpResponse", "QueryResponse");
  }

  private accountXml(): string {
    return (
      `<ns1:Account><ns1:PayGateId>${escapeXml(this.account.paygateId)}</ns1:PayGateId>` +
      `<ns1:Password>${escapeXml(this.account.password)}</ns1:Password></ns1:Account>`
    );
  }

  private async post(body: string): Promise<Record<string, unknown>> {
    const envelope =
      `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" ` +
      `xmlns:ns1="${NAMESPACE}"><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.account.url, {
        method: "POST",
        headers: { "content-type": "text/xml; charset=utf-8", SOAPAction: "" },
        body: envelope,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      throw new PayHostNoAnswer(`PayHost could not be reached: ${(error as Error).message}`);
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = (parser.parse(text)?.Envelope?.Body ?? {}) as Record<string, unknown>;
    } catch {
      throw new PayHostNoAnswer(`PayHost answered HTTP ${response.status} with unreadable XML`);
    }
    const fault = parsed.Fault as Record<string, unknown> | undefined;
    if (fault) throw new PayHostRefusal(`PayHost refused the request: ${String(fault.faultstring ?? "SOAP fault")}`);
    if (!response.ok) throw new PayHostNoAnswer(`PayHost answered HTTP ${response.status}`);
    return parsed;
  }

  private statusOf(body: Record<string, unknown>, outer: string, inner: string): PayHostStatus {
    const status = (
      (body[outer] as Record<string, unknown> | undefined)?.[inner] as Record<string, unknown> | undefined
    )?.Status as Record<string, unknown> | undefined;
    if (!status) throw new PayHostNoAnswer(`PayHost's answer has no ${outer}/${inner}/Status`);
    const text = (name: string) => (typeof status[name] === "string" ? (status[name] as string) : "");
    const read: PayHostStatus = {
      statusName: text("StatusName"),
      transactionId: text("TransactionId"),
      reference: text("Reference"),
      transactionStatusCode: text("TransactionStatusCode"),
      resultCode: text("ResultCode"),
      resultDescription: text("ResultDescription"),
      amount: text("Amount"),
      currency: text("Currency"),
      authCode: text("AuthCode"),
      detail: text("StatusDetail"),
    };
    if (read.statusName === "Error") throw new PayHostRefusal(`PayHost refused: ${read.detail || "error"}`);
    return read;
  }
}
