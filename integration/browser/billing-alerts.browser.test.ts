import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  billingMonthOf,
  closeEndedMonths,
  fixedInvoiceParties,
  type InvoiceParty,
  meterUsage,
} from "@dcx/telemetry-billing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "../platform";
import { seriousA11yViolations } from "./accessibility";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

/** Text as a test compares it: Intl's no-break and narrow spaces and grouping spaces removed. */
const plain = (text: string | null) => text?.replace(/[\s\u00a0\u202f]/g, "") ?? "";
/** A positive Decimal rand amount as the page shows it, spaces removed: "1234.50" → "R1234,50". */
const rand = (amount: string) => `R${amount.replace(".", ",")}`;

const MONTH = `query($id: ID!) { organization(id: $id) {
  currentBill { lines { sku } total { amount } projectedTotal { amount } }
  budget { amount { amount } } } }`;
const ALERTS = `query($id: ID!) { organization(id: $id) {
  openAlerts { ruleName acknowledgement { actorId } } alertRules { name threshold } } }`;
const PARTIES = `{ organizations { id name kind billingAddress vatNumber parent { id } } }`;

interface Month {
  currentBill: { lines: { sku: string }[]; total: { amount: string }; projectedTotal: { amount: string } };
  budget: { amount: { amount: string } } | null;
}

/**
 * Billing and alerts as Adcock's owner, its auditor (read-only) and CloudTech's owner meet them in
 * a real browser: the graph's figures on the page, budgets refused and set, an invoice of a closed
 * month downloaded, alerts acknowledged and rules changed, and nothing offered that would be refused.
 */
describe("the Billing and Alerts pages in a real browser", () => {
  let world: BrowserPlatform;
  let owner: SignedIn;
  let adcock: string;
  const month = async () => {
    const answer = await world.platform.query<{ organization: Month }>(MONTH, { id: adcock }, owner);
    expect(answer.errors).toBeUndefined();
    return answer.data!.organization;
  };

  beforeAll(async () => {
    world = await startBrowserPlatform(5203);
    adcock = world.platform.seed.organizations.Adcock!;
    owner = await world.platform.signIn("it@adcock.co.za");
    await world.page.goto(world.webUrl);
    await world.signIn("it@adcock.co.za");
  });
  afterAll(() => world?.close());

  const openBilling = async (page: Page) => {
    await page.getByTestId("nav-billing").click();
    await page.getByTestId("bill-projected").waitFor();
  };

  it("shows this month's bill: the graph's lines, totals and projection, metered until a named time", async () => {
    const { page } = world;
    await openBilling(page);
    const { currentBill } = await month();
    expect(currentBill.lines.length).toBeGreaterThan(0);
    expect(await page.getByTestId("bill-line").count()).toBe(currentBill.lines.length);
    expect(plain(await page.getByTestId("bill-total").textContent())).toBe(rand(currentBill.total.amount));
    expect(plain(await page.getByTestId("bill-projected").textContent())).toBe(rand(currentBill.projectedTotal.amount));
    expect(await page.getByTestId("bill-metered-until").textContent()).toMatch(
      /^Usage up to \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\s\S+ is included/,
    );
    expect(await page.getByTestId("bill-line").first().textContent()).toMatch(/adk-/);
    expect(await page.getByTestId("invoices-none").textContent()).toBe(
      "No closed invoices yet — the first is issued after the month ends.",
    );
    expect(await page.getByTestId("standing-notice").count()).toBe(0);
    expect(await page.getByTestId("billing-address").textContent()).toContain("1 New Road");
    await page.screenshot({ path: path.join(screenshots, "billing.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("refuses a negative budget at the field and one over the server's limit, saving neither; then sets one", async () => {
    const { page } = world;
    expect(await page.getByTestId("budget-none").count()).toBe(1);
    await page.getByTestId("budget-input").fill("-100");
    await page.getByTestId("budget-save").click();
    expect(await page.getByTestId("budget-error").textContent()).toBe("The budget must be more than R 0,00");
    expect(await page.getByTestId("budget-input").getAttribute("aria-invalid")).toBe("true");
    // Past what the page checks: the server's refusal is shown at the field it names.
    await page.getByTestId("budget-input").fill("200000000");
    await page.getByTestId("budget-save").click();
    await expect
      .poll(() => page.getByTestId("budget-error").textContent())
      .toBe("amount must be at most R 100 000 000");
    expect((await month()).budget).toBeNull();

    await page.getByTestId("budget-input").fill("15 000");
    await page.getByTestId("budget-save").click();
    await page.getByTestId("budget-amount").waitFor();
    expect(plain(await page.getByTestId("budget-amount").textContent())).toBe("R15000,00");
    expect((await month()).budget?.amount.amount).toBe("15000.00");
    expect(await page.getByTestId("budget-spent").textContent()).toMatch(/\(\d[\d\s]*,\d % of the budget\)$/);
    expect(await page.getByTestId("budget-error").count()).toBe(0);
  });

  it("downloads the PDF and CSV of an invoice once a month with usage is closed", async () => {
    const { page, platform } = world;
    const db = platform.dbs.telemetry;
    // A VM of Adcock's and one of Vodacom's (a CloudTech customer) that ran ten days of last month.
    const start = new Date(billingMonthOf(new Date()).start.getTime() - 20 * 86_400_000);
    const stop = new Date(start.getTime() + 10 * 86_400_000);
    const vm = (organizationId: string) => {
      const vmId = randomUUID();
      const state = {
        vmId,
        organizationId,
        poweredOn: true,
        vcpuCount: 2,
        memoryMib: 4096,
        disks: [{ diskId: randomUUID(), tier: "performance", capacityGb: 40 }],
        licences: [],
        publicIpCount: 0,
      };
      return [
        { ...state, changeId: `${vmId}:start`, occurredAt: start.toISOString(), exists: true },
        { ...state, changeId: `${vmId}:stop`, occurredAt: stop.toISOString(), exists: false, poweredOn: false },
      ];
    };
    await platform.billing.deliver([...vm(adcock), ...vm(platform.seed.organizations.Vodacom!)]);
    await meterUsage(db, new Date());
    const provider = await platform.provider();
    const known = await platform.query<{ organizations: (InvoiceParty & { parent: { id: string } | null })[] }>(
      PARTIES,
      {},
      provider,
    );
    const parties = known.data!.organizations.map(({ parent, ...party }) => ({
      ...party,
      parentId: parent?.id ?? null,
    }));
    const closed = await closeEndedMonths(db, new Date(), {
      parties: fixedInvoiceParties(parties),
      closeDelayHours: 2,
      log: () => {},
    });
    expect(closed.invoicesIssued).toBeGreaterThanOrEqual(3);

    await page.reload();
    await page.getByTestId("invoice").first().waitFor();
    expect(await page.getByTestId("invoice").count()).toBe(1);
    const number = /^DCX-\d{4}-\d{6}/.exec((await page.getByTestId("invoice").textContent()) ?? "")?.[0];
    expect(number).toBeDefined();
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("invoice-pdf").click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("%PDF");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("invoice-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const rows = readFileSync((await csv.path())!, "utf8").split("\r\n");
    expect(rows[0]).toMatch(/^invoice_number,issue_date,period,/);
    expect(rows[1]).toMatch(new RegExp(`^${number},`));
    expect(await page.getByTestId("download-error").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("lists the demo's firing alert; acknowledging it names who and when", async () => {
    const { page } = world;
    await page.getByTestId("nav-alerts").click();
    const alert = page.getByTestId("firing-alert").filter({ hasText: "Guest disk over 85 % full" });
    await alert.waitFor();
    expect(await alert.getByTestId("firing-alert-vm").textContent()).toBe("adk-web-01");
    await alert.getByTestId("acknowledge-alert").click();
    await expect
      .poll(() => alert.getByTestId("firing-alert-acknowledgement").textContent())
      .toMatch(/^By you, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\s\S+$/);
    const answer = await world.platform.query<{ organization: { openAlerts: { acknowledgement: unknown }[] } }>(
      ALERTS,
      { id: adcock },
      owner,
    );
    expect(answer.data!.organization.openAlerts.every((open) => open.acknowledgement)).toBe(true);
    // Default rules can be edited and disabled, never deleted: no Delete is offered for them.
    expect(await page.locator('[data-testid="alert-rule"][data-default="true"]').count()).toBe(5);
    expect(await page.locator('[data-default="true"] [data-testid="delete-alert-rule"]').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, "alerts.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("changes a default rule's threshold, kept after a reload; adds a rule of its own and deletes it", async () => {
    const { page } = world;
    const cpu = page.getByTestId("alert-rule").filter({ hasText: "CPU above 90 %" });
    await cpu.getByTestId("edit-alert-rule").click();
    await page.getByTestId("rule-threshold").fill("nine");
    await page.getByTestId("save-alert-rule").click();
    expect(await page.getByTestId("rule-threshold-error").textContent()).toBe("Enter a number, e.g. 90 or 12,5");
    await page.getByTestId("rule-threshold").fill("95,5");
    await page.getByTestId("save-alert-rule").click();
    await page.getByTestId("alert-rule-form").waitFor({ state: "detached" });
    await page.reload();
    await expect.poll(() => cpu.getByTestId("alert-rule-condition").textContent()).toBe("CPU > 95,5 % for 15 min");
    const answer = await world.platform.query<{ organization: { alertRules: { name: string; threshold: number }[] } }>(
      ALERTS,
      { id: adcock },
      owner,
    );
    expect(answer.data!.organization.alertRules.find((rule) => rule.name === "CPU above 90 %")?.threshold).toBe(95.5);

    await page.getByTestId("new-alert-rule").click();
    await page.locator("#rule-name").fill("Slow disks");
    await page.locator("#rule-metric").selectOption("DISK_LATENCY");
    await page.getByTestId("rule-threshold").fill("50");
    await page.getByTestId("rule-duration").fill("7");
    await page.getByTestId("save-alert-rule").click();
    // 7 minutes is a number; that it is not a multiple of 5 is the server's to say, at the field.
    await expect.poll(() => page.getByTestId("rule-duration-error").textContent()).toMatch(/multiple of 5/);
    await page.getByTestId("rule-duration").fill("10");
    await page.getByTestId("save-alert-rule").click();
    const slow = page.getByTestId("alert-rule").filter({ hasText: "Slow disks" });
    await expect
      .poll(() => slow.getByTestId("alert-rule-condition").textContent())
      .toBe("Disk latency > 50 ms for 10 min");
    await slow.getByTestId("delete-alert-rule").click();
    await slow.getByTestId("confirm-delete-alert-rule").click();
    await expect.poll(() => slow.count()).toBe(0);
  });

  it("offers a read-only user nothing to change, on either page", async () => {
    const { page } = world;
    await page.getByTestId("sign-out").click();
    await world.signIn("auditor@adcock.co.za");
    await openBilling(page);
    expect(plain(await page.getByTestId("budget-amount").textContent())).toBe("R15000,00");
    expect(await page.getByTestId("budget-not-allowed").count()).toBe(1);
    expect(await page.getByTestId("budget-input").count()).toBe(0);
    expect(await page.getByTestId("billing-details-edit").count()).toBe(0);
    expect(await page.getByTestId("standing-top-up").count()).toBe(0);
    // Reading invoices is allowed: downloads stay.
    expect(await page.getByTestId("invoice-pdf").count()).toBe(1);

    await page.getByTestId("nav-alerts").click();
    await page.getByTestId("alert-rules-read-only").waitFor();
    expect(await page.getByTestId("alert-rule").count()).toBe(5);
    expect(await page.getByTestId("edit-alert-rule").count()).toBe(0);
    expect(await page.getByTestId("new-alert-rule").count()).toBe(0);
    expect(await page.getByTestId("acknowledge-alert").count()).toBe(0);
    // The owner's acknowledgement, by name for everyone else.
    expect(await page.getByTestId("firing-alert-acknowledgement").first().textContent()).toMatch(/^By Johan Botha, /);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("shows a reseller its commission statement for the closed month, per customer", async () => {
    const { page } = world;
    await page.getByTestId("sign-out").click();
    await world.signIn("admin@cloudtech.co.za");
    await page.getByTestId("nav-billing").click();
    await page.getByTestId("commission-statement").first().waitFor();
    expect(await page.getByTestId("commission-rate").textContent()).toContain("0 %");
    const statement = page.getByTestId("commission-statement");
    expect(await statement.count()).toBe(1);
    expect(await statement.textContent()).toContain("Vodacom");
    // The provider's invoice to CloudTech, which charges the amounts due, is among its invoices.
    expect(await page.getByTestId("invoice").count()).toBe(1);
    await page.screenshot({ path: path.join(screenshots, "billing-reseller.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("moves an alert whose rule is disabled from Firing now to Recently resolved, saying why", async () => {
    const { page } = world;
    await page.getByTestId("sign-out").click();
    await world.signIn("it@adcock.co.za");
    await page.getByTestId("nav-alerts").click();
    const firing = page.getByTestId("firing-alert").filter({ hasText: "Guest disk over 85 % full" });
    await firing.waitFor();
    // The day of history the platform collected at start may already hold alerts that fired and
    // cleared (it depends on the hour the test runs); the empty state shows exactly when none did.
    await page.getByTestId("resolved-alerts").waitFor();
    const resolvedBefore = await page.getByTestId("resolved-alert").count();
    expect(await page.getByTestId("resolved-alerts-none").count()).toBe(resolvedBefore === 0 ? 1 : 0);

    const disk = page.getByTestId("alert-rule").filter({ hasText: "Guest disk over 85 % full" });
    await disk.getByTestId("edit-alert-rule").click();
    await page.getByTestId("rule-enabled").uncheck();
    await page.getByTestId("save-alert-rule").click();
    await page.getByTestId("alert-rule-form").waitFor({ state: "detached" });
    await page.reload();

    const resolved = page.getByTestId("resolved-alert").filter({ hasText: "Guest disk over 85 % full" });
    await resolved.waitFor();
    expect(await firing.count()).toBe(0);
    expect(await page.getByTestId("resolved-alert").count()).toBe(resolvedBefore + 1);
    expect(await resolved.getByTestId("resolved-alert-vm").textContent()).toBe("adk-web-01");
    expect(await resolved.getByTestId("resolved-alert-resolved").textContent()).toMatch(
      /^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}\s\S+rule disabled$/,
    );
    // One page: no pager.
    expect(await page.getByTestId("resolved-alerts-older").count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, "alerts-resolved.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
