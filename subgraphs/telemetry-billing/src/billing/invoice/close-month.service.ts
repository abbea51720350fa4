import { formatScaled } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { BillingMonth } from "../bill/billing-month";
import { findUsageStretches } from "../bill/bill-usage.store";
import { priceUsage } from "../bill/price-bill";
import { commissionPercentsIn } from "../commission/commission-rate.store";
import { resell } from "../commission/wholesale";
import { loadPriceBook, type PriceBook } from "../pricing/price-book";
import {
  beginClose,
  finishClose,
  followingMonth,
  invoicedRecipients,
  invoicedUsage,
  lateUsageByMonth,
  meteredUntil,
  monthOfLabel,
  nextMonthToClose,
  organizationsWithUsage,
  resellersThatInvoiced,
  resoldInvoices,
} from "./close-inputs.store";
import { type InvoiceDraft, issueInvoice, type PartySnapshot } from "./invoice-issue.store";
import { adjustmentLines, type InvoiceLineDraft, usageLines } from "./invoice-lines";
import type { InvoiceParty, InvoicePartySource } from "./invoice-parties.client";
import { DEFAULT_PROVIDER_PREFIX } from "./invoice-number";

const HOUR_MS = 3_600_000;
/** Customers → reseller → provider: the deepest chain of parents an invoice needs. */
const PARENT_LEVELS = 3;

export interface CloseOptions {
  parties: InvoicePartySource;
  /** Hours after a month's end (and after metering passed it) before it is closed: late usage events. */
  closeDelayHours: number;
  providerPrefix?: string;
  log: (line: string) => void;
}

export interface CloseReport {
  /** Months closed completely by this run. */
  monthsClosed: string[];
  invoicesIssued: number;
  /** Why the month being closed is not finished yet (it is resumed on the next run). */
  waiting?: string;
}

/**
 * Closes every billing month that has ended, in order, once metering has passed its end plus the
 * close delay: an invoice for every organisation with usage in it (or late usage of an earlier
 * month), each in its own transaction, resellers after their customers. Idempotent and
 * resumable: an invoice already issued is skipped, and a month is marked closed only when all are.
 */
export async function closeEndedMonths(db: TelemetryDb, now: Date, options: CloseOptions): Promise<CloseReport> {
  const report: CloseReport = { monthsClosed: [], invoicesIssued: 0 };
  const metered = await meteredUntil(db);
  let month = await nextMonthToClose(db);
  const delayMs = options.closeDelayHours * HOUR_MS;
  while (metered && month) {
    const due = month.end.getTime() + delayMs;
    if (metered.getTime() < due || now.getTime() < due) break;
    const result = await closeMonth(db, month, now, options);
    report.invoicesIssued += result.issued;
    if (result.waiting) {
      report.waiting = `${month.label}: ${result.waiting}`;
      break;
    }
    report.monthsClosed.push(month.label);
    month = followingMonth(month);
  }
  return report;
}

interface MonthResult {
  issued: number;
  waiting?: string;
}

async function closeMonth(
  db: TelemetryDb,
  month: BillingMonth,
  now: Date,
  options: CloseOptions,
): Promise<MonthResult> {
  await beginClose(db, month);
  const late = await lateUsageByMonth(db, month);
  const organizations = [...new Set([...(await organizationsWithUsage(db, month)), ...[...late.values()].flat()])];
  const parties = await partiesWithParents(options.parties, [
    ...organizations,
    ...(await resellersThatInvoiced(db, month)),
  ]);
  const unknown = organizations.filter((id) => !parties.has(id));
  if (unknown.length > 0) return { issued: 0, waiting: `tenancy does not know ${unknown.length} organisations` };

  const issued = await invoicedRecipients(db, month);
  const prefixes = new Map<string, string>();
  const run: CloseRun = {
    db,
    month,
    late,
    parties,
    issued,
    book: await loadPriceBook(db),
    providerPrefix: options.providerPrefix ?? DEFAULT_PROVIDER_PREFIX,
    issue: (draft) => issueInvoice(db, draft, now, prefixes),
    log: options.log,
  };
  const toInvoice = organizations.filter((id) => !issued.has(id));
  // Customers first: a reseller's invoice resells what its customers were invoiced.
  const customers = await invoiceCustomers(
    run,
    toInvoice.filter((id) => parties.get(id)!.kind === "CUSTOMER"),
  );
  if (customers.waiting) return customers;
  const resellers = await invoiceResellers(run, toInvoice);
  if (resellers.waiting) return { issued: customers.issued + resellers.issued, waiting: resellers.waiting };

  const total = await finishClose(db, month, now);
  const count = customers.issued + resellers.issued;
  options.log(`billing: closed ${month.label} with ${total} invoices (${count} issued by this run)`);
  return { issued: count };
}

/** What closing one month needs at every step. */
interface CloseRun {
  db: TelemetryDb;
  month: BillingMonth;
  late: Map<string, string[]>;
  parties: Map<string, InvoiceParty>;
  /** Recipients invoiced for the month before this run. */
  issued: Set<string>;
  book: PriceBook;
  providerPrefix: string;
  issue: (draft: InvoiceDraft) => Promise<unknown>;
  log: (line: string) => void;
}

/** Each customer's invoice, from the provider or from its reseller, at list prices. */
async function invoiceCustomers(run: CloseRun, customerIds: string[]): Promise<MonthResult> {
  const lines = await billedLines(run, customerIds);
  let issued = 0;
  for (const id of customerIds) {
    const customer = run.parties.get(id)!;
    const issuer = run.parties.get(customer.parentId ?? "");
    if (!issuer || issuer.kind === "CUSTOMER") return { issued, waiting: `no issuer for customer ${id}` };
    if (lines.get(id)!.length === 0) continue;
    const fromProvider = issuer.kind === "PROVIDER";
    const draft: InvoiceDraft = {
      month: run.month,
      issuer: {
        ...snapshot(issuer),
        kind: fromProvider ? "provider" : "reseller",
        prefix: fromProvider ? run.providerPrefix : issuer.name,
      },
      recipient: { ...snapshot(customer), kind: "customer" },
      lines: lines.get(id)!,
    };
    if (await run.issue(draft)) issued += 1;
  }
  return { issued };
}

/**
 * Each reseller's invoice from the provider, once its customers' are issued: its own usage at
 * list price and, per customer it invoiced this month, the wholesale amount at its commission,
 * with its commission statement.
 */
async function invoiceResellers(run: CloseRun, toInvoice: string[]): Promise<MonthResult> {
  const resellerIds = [
    ...new Set([
      ...toInvoice.filter((id) => run.parties.get(id)!.kind === "RESELLER"),
      ...(await resellersThatInvoiced(run.db, run.month)).filter((id) => !run.issued.has(id)),
    ]),
  ];
  const resold = await resoldInvoices(run.db, resellerIds, run.month);
  const percents = await commissionPercentsIn(run.db, resellerIds, run.month.label);
  const ownLines = await billedLines(run, resellerIds);
  let issued = 0;
  for (const id of resellerIds) {
    const reseller = run.parties.get(id);
    const provider = run.parties.get(reseller?.parentId ?? "");
    if (!reseller || provider?.kind !== "PROVIDER") return { issued, waiting: `no provider for reseller ${id}` };
    const percent = percents.get(id) ?? 0n;
    const resale = resell(resold.get(id) ?? [], percent, run.month.label);
    const lines = [...ownLines.get(id)!, ...resale.lines];
    if (lines.length === 0 && resale.statement.lines.length === 0) continue;
    const draft: InvoiceDraft = {
      month: run.month,
      issuer: { ...snapshot(provider), kind: "provider", prefix: run.providerPrefix },
      recipient: { ...snapshot(reseller), kind: "reseller" },
      lines,
      ...(resale.statement.lines.length > 0
        ? { commission: { percent: formatScaled(percent, 2), statement: resale.statement } }
        : {}),
    };
    if (await run.issue(draft)) issued += 1;
  }
  return { issued };
}

/**
 * Each organisation's lines for the month: its usage, and adjustments for late usage of earlier
 * closed months. Statements: one for the month's usage, two per earlier month with late usage.
 */
async function billedLines(
  { db, book, month, late, log }: CloseRun,
  organizationIds: readonly string[],
): Promise<Map<string, InvoiceLineDraft[]>> {
  const lines = new Map<string, InvoiceLineDraft[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return lines;
  const unpriced = new Set<string>();
  const usage = await findUsageStretches(
    db,
    [...organizationIds],
    month.start,
    month.end,
    book.changeHours(month.start, month.end),
  );
  for (const id of organizationIds) {
    const bill = priceUsage(usage.get(id) ?? [], book, month);
    bill.unpriced.forEach((sku) => unpriced.add(sku));
    lines.get(id)!.push(...usageLines(bill, month.label));
  }
  for (const [label, adjusted] of [...late].sort(([a], [b]) => a.localeCompare(b))) {
    const ids = adjusted.filter((id) => lines.has(id));
    if (ids.length === 0) continue;
    const earlier = monthOfLabel(label);
    const [usageThen, invoiced] = await Promise.all([
      findUsageStretches(db, ids, earlier.start, earlier.end, book.changeHours(earlier.start, earlier.end)),
      invoicedUsage(db, ids, label),
    ]);
    for (const id of ids) {
      const repriced = priceUsage(usageThen.get(id) ?? [], book, earlier);
      lines.get(id)!.push(...adjustmentLines(repriced, invoiced.get(id) ?? [], label));
    }
  }
  // Prices cannot be back-dated: usage without one stays off the invoice, as off the current bill.
  if (unpriced.size > 0) log(`billing: ${month.label} has usage without a price: ${[...unpriced].join(", ")}`);
  return lines;
}

/** The parties of `ids` and of their parents, grandparents…: an invoice names its issuer. */
async function partiesWithParents(
  source: InvoicePartySource,
  ids: readonly string[],
): Promise<Map<string, InvoiceParty>> {
  const parties = new Map<string, InvoiceParty>();
  let wanted = [...new Set(ids)];
  for (let level = 0; level < PARENT_LEVELS && wanted.length > 0; level += 1) {
    for (const party of await source.parties(wanted)) parties.set(party.id, party);
    wanted = [
      ...new Set(
        [...parties.values()].flatMap((party) =>
          party.parentId && !parties.has(party.parentId) ? [party.parentId] : [],
        ),
      ),
    ];
  }
  return parties;
}

const snapshot = (party: InvoiceParty): PartySnapshot => ({
  id: party.id,
  name: party.name,
  address: party.billingAddress,
  vatNumber: party.vatNumber,
});
