import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRunway } from "../../web/src/components/wallet-runway";
import { formatMoney } from "../../web/src/money";
import { seriousA11yViolations } from "./accessibility";
import { type BrowserPlatform, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ").trim() ?? "";

const OVERVIEW_FIGURES = `query($id: ID!) {
  organization(id: $id) {
    wallet { usageRunway { days dailyUsage { amount currency } } }
    currentBill { total { amount currency } projectedTotal { amount currency } }
  }
}`;

interface OverviewFigures {
  organization: {
    wallet: { usageRunway: { days: number | null; dailyUsage: { amount: string; currency: string } } | null };
    currentBill: { total: { amount: string; currency: string }; projectedTotal: { amount: string; currency: string } };
  };
}

/**
 * The console's frame in a real browser: typed routes with the organisation kept in the address,
 * deep links that survive a reload, a visible way back from an unknown address, the overview's
 * money figures as the graph states them, and no serious accessibility violation on these pages.
 */
describe("the console's frame in a real browser", () => {
  let world: BrowserPlatform;
  let adcock: string;
  beforeAll(async () => {
    world = await startBrowserPlatform(5206);
    adcock = world.platform.seed.organizations.Adcock!;
    // A month so far metered and charged, so the bill and the wallet's runway have figures.
    await world.platform.billing.relayUsage();
    await world.platform.billing.meter(new Date());
    await world.page.goto(world.webUrl);
    await world.signIn("it@adcock.co.za");
  });
  afterAll(() => world?.close());

  it("shows the month so far, its forecast and the wallet's runway exactly as the graph does", async () => {
    const { page, platform } = world;
    const owner = await platform.signIn("it@adcock.co.za");
    const { data } = await platform.query<OverviewFigures>(OVERVIEW_FIGURES, { id: adcock }, owner);
    const { wallet, currentBill } = data!.organization;
    await page.getByTestId("month-cost").waitFor();
    expect(plain(await page.getByTestId("month-cost").textContent())).toBe(
      plain(formatMoney(currentBill.total.amount, "ZAR")),
    );
    expect(currentBill.total.amount).not.toBe("0.00");
    expect(plain(await page.getByTestId("month-forecast").textContent())).toBe(
      plain(`Forecast ${formatMoney(currentBill.projectedTotal.amount, "ZAR")} by month end`),
    );
    expect(wallet.usageRunway).not.toBeNull();
    const runway = describeRunway(wallet.usageRunway!.days, formatMoney(wallet.usageRunway!.dailyUsage.amount, "ZAR"));
    expect(plain(await page.getByTestId("wallet-runway").textContent())).toBe(plain(runway.text));
    expect(await page.getByTestId("wallet-runway").getAttribute("data-level")).toBe(runway.level);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("keeps the organisation in the address from page to page, and a deep link survives a reload", async () => {
    const { page, webUrl } = world;
    await page.getByTestId("nav-wallet").click();
    await page.getByTestId("wallet-page-balance").waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/wallet");
    expect(url.searchParams.get("org")).toBe(adcock);
    expect(await page.getByTestId("nav-wallet").getAttribute("aria-current")).toBe("page");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${webUrl}vms/new?org=${adcock}`);
    await page.getByTestId("new-vm-page").waitFor();
    expect(new URL(page.url()).searchParams.get("org")).toBe(adcock);
    await page.getByTestId("estimate-total").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await page.getByTestId("new-vm-page").waitFor();
    expect(new URL(page.url()).pathname).toBe("/vms/new");
  });

  it("says plainly that an unknown address has no page, with a button back to the overview", async () => {
    const { page, webUrl } = world;
    await page.goto(`${webUrl}no/such/page?org=${adcock}`);
    await page.getByTestId("page-not-found").waitFor();
    expect(plain(await page.getByTestId("page-not-found").textContent())).toContain(
      "There is no page at /no/such/page.",
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Open the overview" }).click();
    await page.getByTestId("org-name").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    expect(new URL(page.url()).searchParams.get("org")).toBe(adcock);
  });

  it("offers the provider no card top-up of its own wallet", async () => {
    const { page, webUrl } = world;
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-email").waitFor();
    await page.goto(webUrl);
    await world.signIn("ops@datacentrix.co.za");
    await page.getByTestId("org-name").waitFor();
    expect(await page.getByTestId("wallet-top-up-link").count()).toBe(0);
    await page.getByTestId("nav-wallet").click();
    await page.getByTestId("top-up-not-allowed").waitFor();
    expect(plain(await page.getByTestId("top-up-not-allowed").textContent())).toBe(
      "The provider's own wallet is not topped up by card.",
    );
    expect(await page.getByTestId("top-up-submit").count()).toBe(0);
  });
});
