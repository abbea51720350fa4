import { randomInt, randomUUID } from "node:crypto";
import express, { type Express, type Response } from "express";
import { XMLParser } from "fast-xml-parser";
import { type CardVault, hasExpired } from "./card-vault";
import type { Merchant } from "./initiate-validation";
import { CARD_EXPIRED, CARD_OUTCOMES, type OutcomeResult, resolveCard } from "./test-cards";

/**
 * PayGate's PayHost, the SOAP interface (namespace http://www.paygate.co.za/PayHOST), as far as
 * charging a vaulted card goes: `SinglePaymentRequest` → `CardPaymentRequest` with `Account`
 * (`PayGateId`, `Password`), `Customer`, `VaultId` and `Order` (`MerchantOrderId`, `Currency`,
 * `Amount` in cents), answered by `SinglePaymentResponse` → `CardPaymentResponse` → `Status`; and
 * `SingleFollowUpRequest` → `QueryRequest` (by `MerchantOrderId`, `TransactionId` or
 * `PayRequestId`), answered by `SingleFollowUpResponse` → `QueryResponse` → `Status`.
 */
export const PAYHOST_PATH = "/payhost/process.trans";
export const PAYHOST_NAMESPACE = "http://www.paygate.co.za/PayHOST";

export interface PayHostPayment {
  paygateId: string;
  merchantOrderId: string;
  payRequestId: string;
  transactionId: string;
  vaultId: string;
  amountCents: string;
  currency: string;
  result: OutcomeResult;
  authCode: string;
  brand: string;
  at: Date;
}

export interface PayHostControls {
  payments(): PayHostPayment[];
  /** The next `count` payment answers are lost after the payment is made (HTTP 502, empty body). */
  loseNextAnswers(count: number): void;
}

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, trimValues: true });

let lastTransactionId = randomInt(500_000_000, 900_000_000);

export function payHostRoutes(
  merchants: Map<string, Merchant>,
  vault: CardVault,
): { mount(app: Express): void; controls: PayHostControls } {
  const payments: PayHostPayment[] = [];
  let answersToLose = 0;

  const mount = (app: Express) => {
    app.post(
      PAYHOST_PATH,
      express.text({ type: ["text/xml", "application/xml", "application/soap+xml"] }),
      (request, response) => {
        let body: Record<string, unknown>;
        try {
          const parsed = parser.parse(typeof request.body === "string" ? request.body : "");
          body = (parsed?.Envelope?.Body ?? {}) as Record<string, unknown>;
        } catch {
          return fault(response, "SOAP-ENV:Client", "Malformed XML");
        }
        const payment = (body.SinglePaymentRequest as Record<string, unknown> | undefined)?.CardPaymentRequest;
        const query = (body.SingleFollowUpRequest as Record<string, unknown> | undefined)?.QueryRequest;
        if (payment) return pay(response, payment as Record<string, unknown>);
        if (query) return follow(response, query as Record<string, unknown>);
        return fault(response, "SOAP-ENV:Client", "Validation error: unsupported request");
      },
    );
  };

  /** The merchant whose Account this is: PayGateId and Password (the simulator's merchant key). */
  function account(request: Record<string, unknown>): Merchant | null {
    const given = (request.Account ?? {}) as Record<string, unknown>;
    const merchant = merchants.get(String(given.PayGateId ?? ""));
    return merchant && String(given.Password ?? "") === merchant.encryptionKey ? merchant : null;
  }

  function pay(response: Response, request: Record<string, unknown>) {
    const merchant = account(request);
    if (!merchant)
      return answer(
        response,
        "SinglePaymentResponse",
        "CardPaymentResponse",
        errorStatus("Invalid PayGateId or Password"),
      );
    const order = (request.Order ?? {}) as Record<string, unknown>;
    const merchantOrderId = String(order.MerchantOrderId ?? "");
    const amountCents = String(order.Amount ?? "");
    const currency = String(order.Currency ?? "");
    if (!merchantOrderId || !/^[1-9]\d{0,11}$/.test(amountCents) || currency !== "ZAR") {
      return answer(response, "SinglePaymentResponse", "CardPaymentResponse", errorStatus("Invalid Order"));
    }
    const card = vault.find(merchant.paygateId, String(request.VaultId ?? ""));
    if (!card) return answer(response, "SinglePaymentResponse", "CardPaymentResponse", errorStatus("Invalid VaultId"));
    // A repeated MerchantOrderId is answered with the first payment: never a second charge.
    let made = payments.find((p) => p.paygateId === merchant.paygateId && p.merchantOrderId === merchantOrderId);
    if (!made) {
      const resolved = resolveCard(card.cardNumber);
      const result = hasExpired(card.expiry) ? CARD_EXPIRED : CARD_OUTCOMES[resolved.outcome];
      made = {
        paygateId: merchant.paygateId,
        merchantOrderId,
        payRequestId: randomUUID().toUpperCase(),
        transactionId: String(++lastTransactionId),
        vaultId: card.vaultId,
        amountCents,
        currency,
        result,
        authCode: result === CARD_OUTCOMES.approved ? randomUUID().slice(0, 6).toUpperCase() : "",
        brand: resolved.brand,
        at: new Date(),
      };
      payments.push(made);
    }
    if (answersToLose > 0) {
      answersToLose--;
      response.status(502).end();
      return;
    }
    answer(response, "SinglePaymentResponse", "CardPaymentResponse", paymentStatus(made));
  }

  function follow(response: Response, request: Record<string, unknown>) {
    const merchant = account(request);
    if (!merchant)
      return answer(response, "SingleFollowUpResponse", "QueryResponse", errorStatus("Invalid PayGateId or Password"));
    const by = (field: keyof PayHostPayment, value: unknown) =>
      value === undefined
        ? undefined
        : payments.find((p) => p.paygateId === merchant.paygateId && p[field] === String(value));
    const found =
      by("merchantOrderId", request.MerchantOrderId) ??
      by("transactionId", request.TransactionId) ??
      by("payRequestId", request.PayRequestId);
    if (!found)
      return answer(response, "SingleFollowUpResponse", "QueryResponse", errorStatus("Transaction not found"));
    answer(response, "SingleFollowUpResponse", "QueryResponse", paymentStatus(found));
  }

  return {
    mount,
    controls: {
      payments: () => payments.map((p) => ({ ...p })),
      loseNextAnswers: (count) => {
        answersToLose = count;
      },
    },
  };
}

function paymentStatus(payment: PayHostPayment): string {
  const approved = payment.result === CARD_OUTCOMES.approved;
  return (
    fields([
      ["TransactionId", payment.transactionId],
      ["Reference", payment.merchantOrderId],
      ["AcquirerCode", approved ? "00" : "05"],
      ["StatusName", "Completed"],
      ["AuthCode", payment.authCode],
      ["PayRequestId", payment.payRequestId],
      ["TransactionStatusCode", payment.result.transactionStatus],
      ["TransactionStatusDescription", approved ? "Approved" : "Declined"],
      ["ResultCode", payment.result.resultCode],
      ["ResultDescription", payment.result.resultDesc],
      ["Currency", payment.currency],
      ["Amount", payment.amountCents],
      ["RiskIndicator", approved ? "AX" : "NX"],
    ]) +
    `<ns2:PaymentType><ns2:Method>CC</ns2:Method><ns2:Detail>${escapeXml(payment.brand)}</ns2:Detail></ns2:PaymentType>`
  );
}

const errorStatus = (detail: string) =>
  fields([
    ["StatusName", "Error"],
    ["StatusDetail", detail],
  ]);

const fields = (pairs: [string, string][]) =>
  pairs.map(([name, value]) => `<ns2:${name}>${escapeXml(value)}</ns2:${name}>`).join("");

export const escapeXml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

function answer(response: Response, outer: string, inner: string, status: string) {
  response
    .type("text/xml")
    .send(
      `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header/><SOAP-ENV:Body>` +
        `<ns2:${outer} xmlns:ns2="${PAYHOST_NAMESPACE}"><ns2:${inner}><ns2:Status>${status}</ns2:Status></ns2:${inner}></ns2:${outer}>` +
        `</SOAP-ENV:Body></SOAP-ENV:Envelope>`,
    );
}

function fault(response: Response, code: string, message: string) {
  response
    .status(500)
    .type("text/xml")
    .send(
      `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>` +
        `<SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring>${escapeXml(message)}</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
    );
}
