import { mkdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ManagedProcess, stopAll } from "../../scripts/processes";
import { startWeb } from "../../scripts/web-server";
import { startTestPlatform, type TestPlatform } from "../platform";

/** Chromium from the system (apt-get install chromium); nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WEB_PORT = 5190;
const screenshots = path.join(repoRoot, ".data", "screenshots");

describe("the dashboard in a real browser", () => {
  let platform: TestPlatform;
  let browser: Browser;
  let page: Page;
  let webUrl: string;
  const web: ManagedProcess[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    webUrl = await startWeb({
      dev: false,
      port: WEB_PORT,
      gatewayUrl: platform.gateway.url,
      onSpawn: (service) => web.push(service),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stopAll(web);
    await platform?.close();
  });

  it("shows Adcock's organisation, wallet, VMs, costs and CPU charts from one query", async () => {
    await page.goto(`${webUrl}?org=${platform.seed.organizations.Adcock}`);
    await page.getByTestId("vm-row").first().waitFor();
    await page.screenshot({ path: path.join(screenshots, "dashboard.png"), fullPage: true });

    expect(await page.getByTestId("org-name").textContent()).toBe("Adcock");
    expect(await page.getByTestId("vm-row").count()).toBe(5);
    expect(await page.getByTestId("total-vcpu").textContent()).toContain("30");
    expect(await page.getByTestId("total-memory").textContent()).toContain("84");
    expect((await page.getByTestId("wallet-balance").textContent())?.replace(/\s/g, "")).toContain("25000,00");
    expect(await page.getByTestId("cpu-sparkline").count()).toBe(5);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    const webRow = page.getByTestId("vm-row").filter({ hasText: "adk-web-01" });
    expect((await webRow.getByTestId("vm-cost").textContent())?.replace(/\s/g, "")).toContain("4092,40");
  });

  it("switches organisation from the picker", async () => {
    await page.getByTestId("org-picker").selectOption({ label: "Vodacom" });
    await page.getByTestId("org-name").filter({ hasText: "Vodacom" }).waitFor();
    await expect.poll(() => page.getByTestId("vm-row").count()).toBe(3);
    expect(page.url()).toContain(`org=${platform.seed.organizations.Vodacom}`);
  });

  it("shows 'unavailable' with the reason, never 0 %, when telemetry is down", async () => {
    await platform.subgraphs.telemetry.server.close();
    await page.goto(`${webUrl}?org=${platform.seed.organizations.Adcock}`);
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
    expect((await page.getByTestId("wallet-balance").textContent())?.replace(/\s/g, "")).toContain("25000,00");
  });
});
