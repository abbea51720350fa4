import path from "node:path";
import { runCardChargeJob } from "@dcx/wallet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./accessibility";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";

/**
 * Saved cards as a billing user uses them: a top-up on PayGate's page (the local simulator) that
 * saves the card, a top-up charged to that card through PayHost with no card page, and an
 * automatic top-up rule that the wallet's job then carries out.
 */
describe("saved cards and the automatic top-up in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5208);
    await world.page.goto(world.webUrl);
    await world.signIn("finance@adcock.co.za");
  });
  afterAll(() => world?.close());

  const balance = async () => plain(await world.page.getByTestId("wallet-page-balance").textContent());

  it("saves the card on a top-up paid on PayGate's page, showing only what PayGate masked", async () => {
    const { page, platform } = world;
    await page.getByTestId("nav-wallet").click();
    await page.getByTestId("saved-cards").waitFor();
    expect(await page.getByTestId("saved-card").count()).toBe(0);
    expect(await balance()).toBe("R25000,00");
    await page.getByTestId("top-up-amount").fill("200");
    await page.getByTestId("top-up-save-card").check();
    await page.getByTestId("top-up-submit").click();
    await page.locator("#payment-form").waitFor();
    expect(platform.paygate.transactions().at(-1)!.request.VAULT).toBe("1");
    await page.getByLabel("Visa 4000000000000002").check();
    await page.locator("#pay").click();
    await page.locator('[data-testid="top-up-status"][data-status="APPROVED"]').waitFor({ timeout: 10_000 });
    await page.getByTestId("back-to-wallet").click();
    await page.getByTestId("saved-card").first().waitFor();
    const card = await page.getByTestId("saved-card").first().textContent();
    expect(card).toContain("Visa 400000******0002");
    expect(card).toContain("finance@adcock.co.za");
    expect(card).not.toContain("4000000000000002");
    expect(await page.content()).not.toContain(platform.paygate.transactions().at(-1)!.settlement!.vault!.vaultId);
    expect(await balance()).toBe("R25200,00");
    await page.screenshot({ path: path.join(screenshots, "saved-cards.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("tops up R300 with the saved card through PayHost, without a card page", async () => {
    const { page, platform } = world;
    await page.getByRole("button", { name: "Top up with this card" }).click();
    await page.getByTestId("saved-card-amount").fill("300");
    await page.getByTestId("saved-card-pay").click();
    await page.getByText("Approved: the wallet has been credited.").waitFor({ timeout: 10_000 });
    expect(platform.paygate.payHost.payments()).toHaveLength(1);
    await page.reload();
    await page.getByTestId("saved-card").first().waitFor();
    expect(await balance()).toBe("R25500,00");
    expect(await page.getByTestId("transaction").first().textContent()).toContain("Saved-card top-up");
  });

  it("sets an automatic top-up that the wallet's job carries out, refusing a bad rule at the field first", async () => {
    const { page, platform } = world;
    await page.getByTestId("auto-top-up-amount").fill("5");
    await page.getByTestId("auto-top-up-save").click();
    expect(await page.locator("#auto-top-up-amount-error").textContent()).toBe("A top-up is R10,00 to R500 000,00");
    expect(await page.getByTestId("auto-top-up-state").count()).toBe(0);

    // Below R30 000 already: the rule queues one top-up of R500 at once.
    await page.getByTestId("auto-top-up-threshold").fill("30000");
    await page.getByTestId("auto-top-up-amount").fill("500");
    await page.getByTestId("auto-top-up-minHoursBetween").fill("24");
    await page.getByTestId("auto-top-up-monthlyCap").fill("2000");
    await page.getByTestId("auto-top-up-save").click();
    await page.getByTestId("auto-top-up-saved").waitFor();
    await page.getByTestId("auto-top-up-state").waitFor();
    expect(await page.getByTestId("auto-top-up-state").textContent()).toContain("On");

    const report = await runCardChargeJob(platform.dbs.wallet, platform.walletDeps.cards, new Date());
    expect(report.outcomes).toEqual({ approved: 1 });
    await page.reload();
    await page.getByTestId("auto-top-up-last-attempt").waitFor();
    expect(await page.getByTestId("auto-top-up-last-attempt").textContent()).toContain("approved");
    expect(await balance()).toBe("R26000,00");
    await page.screenshot({ path: path.join(screenshots, "auto-top-up.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
