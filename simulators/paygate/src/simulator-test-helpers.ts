import express from "express";
import { listen } from "@dcx/kit";
import {
  INITIATE_FIELDS,
  PAYGATE_TEST_MERCHANT,
  QUERY_FIELDS,
  decodeFields,
  encodeFields,
  signFields,
  type PayWebFields,
} from "./protocol";
import { PAYWEB3_PATHS, type PayGateSimulator } from "./paygate-simulator";

export const MERCHANT = PAYGATE_TEST_MERCHANT;

export interface NotifyReceiver {
  url: string;
  /** Raw bodies in arrival order. */
  bodies: string[];
  received(): PayWebFields[];
  close(): Promise<void>;
}

/** A local NOTIFY_URL; `answer` decides each reply (default: 200 "OK") from the 1-based post count. */
export async function startNotifyReceiver(
  answer: (count: number) => { status?: number; body: string } = () => ({ body: "OK" }),
): Promise<NotifyReceiver> {
  const bodies: string[] = [];
  const app = express();
  app.use(express.text({ type: "*/*" }));
  app.post("/notify", (request, response) => {
    bodies.push(typeof request.body === "string" ? request.body : "");
    const reply = answer(bodies.length);
    response
      .status(reply.status ?? 200)
      .type("text/plain")
      .send(reply.body);
  });
  const running = await listen(app, 0, "127.0.0.1");
  return { url: `${running.url}/notify`, bodies, received: () => bodies.map(decodeFields), close: running.close };
}

export async function postForm(url: string, fields: PayWebFields): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: encodeFields(fields),
  });
  return { status: response.status, text: await response.text() };
}

export function initiateFields(overrides: PayWebFields = {}): PayWebFields {
  return {
    PAYGATE_ID: MERCHANT.paygateId,
    REFERENCE: "topup-0001",
    AMOUNT: "25000",
    CURRENCY: "ZAR",
    RETURN_URL: "https://merchant.example/return",
    TRANSACTION_DATE: "2025-03-14 09:26:53",
    LOCALE: "en-za",
    COUNTRY: "ZAF",
    EMAIL: "customer@example.co.za",
    ...overrides,
  };
}

/** Signs and posts an initiate.trans request; answers the decoded response. */
export async function initiate(
  simulator: { endpoints: Pick<PayGateSimulator["endpoints"], "initiate"> },
  overrides: PayWebFields = {},
  key = MERCHANT.encryptionKey,
): Promise<PayWebFields> {
  const { text } = await postForm(
    simulator.endpoints.initiate,
    signFields(initiateFields(overrides), INITIATE_FIELDS, key),
  );
  return decodeFields(text);
}

/** The browser's post to process.trans with the initiate response. */
export function openPaymentPage(simulator: PayGateSimulator, initiated: PayWebFields, checksum = initiated.CHECKSUM!) {
  return postForm(simulator.endpoints.process, { PAY_REQUEST_ID: initiated.PAY_REQUEST_ID!, CHECKSUM: checksum });
}

/** Submits the payment page's form. */
export function submitPayment(simulator: PayGateSimulator, initiated: PayWebFields, form: PayWebFields) {
  return postForm(simulator.url + PAYWEB3_PATHS.pay, {
    PAY_REQUEST_ID: initiated.PAY_REQUEST_ID!,
    CHECKSUM: initiated.CHECKSUM!,
    ACTION: "pay",
    ...form,
  });
}

export async function query(simulator: PayGateSimulator, initiated: PayWebFields, key = MERCHANT.encryptionKey) {
  const fields = {
    PAYGATE_ID: initiated.PAYGATE_ID!,
    PAY_REQUEST_ID: initiated.PAY_REQUEST_ID!,
    REFERENCE: initiated.REFERENCE!,
  };
  const { text } = await postForm(simulator.endpoints.query, signFields(fields, QUERY_FIELDS, key));
  return decodeFields(text);
}

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The action and hidden fields of the page that sends the browser back to RETURN_URL. */
export function parseReturnForm(html: string): { action: string; fields: PayWebFields } {
  const form = /<form method="post" action="([^"]*)" id="return-form">([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error("no return form in page");
  const fields: PayWebFields = {};
  for (const [, name, value] of form[2]!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[unescapeHtml(name!)] = unescapeHtml(value!);
  }
  return { action: unescapeHtml(form[1]!), fields };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
