import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";

describe("a customer's dashboard in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5190);
  });
  afterAll(() => world?.close());

  it("signs Adcock's owner in with the code from the e-mail, after refusing a wrong one", async () => {
    const { page, webUrl, platform } = world;
    await page.goto(webUrl);
    await page.getByTestId("sign-in-email").fill("it@adcock.co.za");
    await page.getByTestId("sign-in-request").click();
    await page.getByTestId("sign-in-code").fill("000000");
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("sign-in-error").waitFor();
    await page.getByTestId("sign-in-code").fill(await platform.latestCodeFor("it@adcock.co.za"));
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("signed-in-user").waitFor();
    expect(await page.getByTestId("signed-in-user").textContent()).toContain("Johan Botha");
  });

  it("shows Adcock's organisation, wallet, VMs, costs and CPU charts from one query", async () => {
    const { page } = world;
    await page.getByTestId("vm-row").first().waitFor();
    await page.screenshot({ path: path.join(screenshots, "dashboard.png"), fullPage: true });
    expect(await page.getByTestId("org-name").textContent()).toBe("Adcock");
    expect(await page.getByTestId("vm-row").count()).toBe(5);
    expect(await page.getByTestId("total-vcpu").textContent()).toContain("30");
    expect(await page.getByTestId("total-memory").textContent()).toContain("84");
    expect(plain(await page.getByTestId("wallet-balance").textContent())).toContain("25000,00");
    expect(await page.getByTestId("cpu-sparkline").count()).toBe(5);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    const webRow = page.getByTestId("vm-row").filter({ hasText: "adk-web-01" });
    expect(plain(await webRow.getByTestId("vm-cost").textContent())).toContain("4092,40");
  });

  it("shows a customer no organisation picker: it sees its own organisation only", async () => {
    expect(await world.page.getByTestId("org-picker").count()).toBe(0);
  });

  it("shows 'unavailable' with the reason, never 0 %, when telemetry is down", async () => {
    const { page, platform } = world;
    await platform.subgraphs.telemetry.server.close();
    await page.reload();
    await page.getByTestId("error-banner").waitFor();
    expect(await page.getByTestId("error-banner").textContent()).toContain(
      "The telemetry-billing service is unavailable",
    );
    await page.screenshot({ path: path.join(screenshots, "dashboard-telemetry-down.png"), fullPage: true });
    const cpuCells = await page.getByTestId("vm-cpu").allTextContents();
    expect(cpuCells).toHaveLength(5);
    for (const cell of cpuCells) {
      expect(cell).toContain("Metrics unavailable");
      expect(cell).not.toMatch(/\b0(\.0+)?\s*%/);
    }
    expect(await page.getByTestId("cpu-sparkline").count()).toBe(0);
    expect(plain(await page.getByTestId("wallet-balance").textContent())).toContain("25000,00");
  });
});

describe("a reseller in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5191);
  });
  afterAll(() => world?.close());

  it("signs in, sees the customers it manages with their figures, opens one, and signs out", async () => {
    const { page, webUrl } = world;
    await page.goto(webUrl);
    await world.signIn("admin@cloudtech.co.za");
    const options = () => page.getByTestId("org-picker").locator("option").allTextContents();
    await expect.poll(async () => (await options()).sort()).toEqual(["CloudTech", "Pick n Pay", "Vodacom"]);
    const managed = page.getByTestId("managed-organization");
    await expect
      .poll(() => managed.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Pick n Pay\s+Customer\s+1\s+2\s+R\s*4\s*500,00$/),
        expect.stringMatching(/^Vodacom\s+Customer\s+1\s+3\s+R\s*120\s*000,00$/),
      ]);
    await managed.filter({ hasText: "Vodacom" }).getByRole("button").click();
    await page.getByTestId("org-name").filter({ hasText: "Vodacom" }).waitFor();
    await expect.poll(() => page.getByTestId("vm-row").count()).toBe(3);
    await page.screenshot({ path: path.join(screenshots, "reseller-customer.png"), fullPage: true });

    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-email").waitFor();
    expect(await page.evaluate("JSON.stringify(window.localStorage)")).toBe("{}");
  });
});
