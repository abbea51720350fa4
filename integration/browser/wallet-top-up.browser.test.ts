import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";

/**
 * A top-up clicked through as a person would: the wallet page, PayGate's payment page (the local
 * simulator) with a published test card, back to the dashboard, credited once PayGate's query
 * confirms the payment. The notify is held back to show that the return and the query suffice,
 * and that the notify arriving later credits nothing more.
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

  it("pays R1 500 with Visa 4000000000000002: credited once PayGate's query confirms it, never again by the notify", async () => {
    const { page, platform } = world;
    await page.getByTestId("nav-wallet").click();
    expect(plain(await page.getByTestId("wallet-page-balance").textContent())).toBe("R25000,00");

    const payRequestId = await payOnPayGate("Visa 4000000000000002", "1500");
    // PayGate's notify is held back: back on the dashboard, the wallet asks PayGate's query endpoint
    // (server to server) and credits what PayGate itself says was approved.
    const approved = page.locator('[data-testid="top-up-status"][data-status="APPROVED"]');
    await approved.waitFor({ timeout: 10_000 });
    expect(plain(await page.getByTestId("top-up-amount-paid").textContent())).toBe("R1500,00");
    await page.screenshot({ path: path.join(screenshots, "top-up-approved.png"), fullPage: true });
    // The notify arriving afterwards is PayGate repeating itself: nothing is credited twice.
    expect((await platform.paygate.releaseNotify(payRequestId)).delivered).toBe(true);
    await approved.waitFor({ timeout: 10_000 });

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
