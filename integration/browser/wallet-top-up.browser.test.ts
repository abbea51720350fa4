import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";

/**
 * A top-up clicked through as a person would: the wallet page, PayGate's payment page (the local
 * simulator) with a published test card, back to the dashboard, "pending" until PayGate's notify
 * arrives, then the credited balance. The notify is held back so that the pending state is seen.
 */
describe("a card top-up in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5193, { paygateNotify: "manual" });
    await world.page.goto(world.webUrl);
    await world.signIn("finance@adcock.co.za");
  });
  afterAll(() => world?.close());

  const payOnPayGate = async (card: string, amount: string) => {
    const { page } = world;
    await page.getByTestId("nav-wallet").click();
    await page.getByTestId("wallet-page-balance").waitFor();
    await page.getByTestId("top-up-amount").fill(amount);
    await page.getByTestId("top-up-submit").click();
    await page.locator("#payment-form").waitFor();
    expect(page.url()).toBe(`${world.platform.paygate.url}/payweb3/process.trans`);
    await page.getByLabel(card).check();
    await page.screenshot({ path: path.join(screenshots, "paygate-payment-page.png"), fullPage: true });
    await page.locator("#pay").click();
    await page.getByTestId("top-up-status-page").waitFor();
    return world.platform.paygate.transactions().at(-1)!.payRequestId;
  };

  it("pays R1 500 with Visa 4000000000000002: pending until the notify, then credited once", async () => {
    const { page, platform } = world;
    await page.getByTestId("nav-wallet").click();
    expect(plain(await page.getByTestId("wallet-page-balance").textContent())).toBe("R25000,00");

    const payRequestId = await payOnPayGate("Visa 4000000000000002", "1500");
    const status = page.getByTestId("top-up-status");
    expect(await status.getAttribute("data-status")).toBe("PENDING");
    expect(await status.textContent()).toContain("Payment pending");
    await page.screenshot({ path: path.join(screenshots, "top-up-pending.png"), fullPage: true });
    // The browser is back and the card was approved at PayGate, but only PayGate's notify credits.
    await page.waitForTimeout(2500);
    expect(await status.getAttribute("data-status")).toBe("PENDING");

    expect((await platform.paygate.releaseNotify(payRequestId)).delivered).toBe(true);
    await page.locator('[data-testid="top-up-status"][data-status="APPROVED"]').waitFor({ timeout: 10_000 });
    expect(plain(await page.getByTestId("top-up-amount-paid").textContent())).toBe("R1500,00");
    await page.screenshot({ path: path.join(screenshots, "top-up-approved.png"), fullPage: true });

    await page.getByTestId("back-to-wallet").click();
    await page.getByTestId("transaction").first().waitFor();
    expect(plain(await page.getByTestId("wallet-page-balance").textContent())).toBe("R26500,00");
    // Paid money and the provider's credit are kept apart.
    expect(plain(await page.getByTestId("wallet-breakdown").textContent())).toBe(
      "paidR1500,00·creditgrantedR25000,00·spentR0,00",
    );
    expect(await page.getByTestId("transaction").first().textContent()).toContain("Card top-up");
    expect(await page.getByTestId("recent-top-up").first().textContent()).toContain("Payment approved");
    await page.screenshot({ path: path.join(screenshots, "wallet.png"), fullPage: true });
  });

  it("declined card: the page says so and the balance stays", async () => {
    const { page, platform } = world;
    const payRequestId = await payOnPayGate("Visa 4000000000000036", "200");
    await platform.paygate.releaseNotify(payRequestId);
    await page.locator('[data-testid="top-up-status"][data-status="DECLINED"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("top-up-status-page").textContent()).toContain("Nothing was charged");
    await page.getByTestId("back-to-wallet").click();
    await page.getByTestId("wallet-page-balance").waitFor();
    expect(plain(await page.getByTestId("wallet-page-balance").textContent())).toBe("R26500,00");
  });

  it("refuses a bad amount in the page, before anything reaches PayGate", async () => {
    const { page, platform } = world;
    const before = platform.paygate.transactions().length;
    await page.getByTestId("top-up-amount").fill("5");
    await page.getByTestId("top-up-submit").click();
    expect(await page.getByTestId("top-up-error").textContent()).toBe("A top-up is R10,00 to R500 000,00");
    expect(platform.paygate.transactions()).toHaveLength(before);
  });
});
