import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureVm } from "../../scripts/seed/fixture-vm";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const EXTRA = 60;

describe("a dashboard with more VMs than one page, in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5194);
    // Adcock's 5 demo VMs plus 60 more: two pages of 50.
    for (let i = 0; i < EXTRA; i += 1) {
      await createFixtureVm(world.platform.dbs.vms, world.platform.seed.organizations.Adcock!, {
        name: `zz-bulk-${String(i).padStart(2, "0")}`,
        vcpuCount: 1,
        memoryGb: 1,
        powerState: "POWERED_OFF",
        disks: [{ label: "Hard disk 1", capacityGb: 10, tier: "STANDARD" }],
      });
    }
  });
  afterAll(() => world?.close());

  it("shows the first 50 VMs, the total, and says the figures cover only those", async () => {
    const { page, webUrl } = world;
    await page.goto(webUrl);
    await world.signIn("it@adcock.co.za");
    await page.getByTestId("vm-row").first().waitFor();
    expect(await page.getByTestId("vm-row").count()).toBe(50);
    expect(await page.getByTestId("vm-count").textContent()).toBe("65");
    expect(await page.getByTestId("vm-shown").textContent()).toBe("Showing 50 of 65 VMs");
    expect(await page.getByTestId("fleet-partial").textContent()).toContain("50 VMs loaded");
  });

  it("loads the rest with Load more, after which the button and the note are gone", async () => {
    const { page } = world;
    await page.getByTestId("vm-load-more").click();
    await expect.poll(() => page.getByTestId("vm-row").count()).toBe(65);
    expect(await page.getByTestId("vm-load-more").count()).toBe(0);
    expect(await page.getByTestId("fleet-partial").count()).toBe(0);
    // By name ignoring case: the bulk VMs come after Adcock's "adk-…" ones, in order.
    const names = await page.getByTestId("vm-link").allTextContents();
    expect(names.slice(0, 5).every((name) => name.startsWith("adk-"))).toBe(true);
    expect(names.at(-1)).toBe(`zz-bulk-${EXTRA - 1}`);
    expect(new Set(names).size).toBe(65);
    await page.screenshot({ path: path.join(screenshots, "dashboard-load-more.png"), fullPage: true });
  });

  it("opens a VM's page from its name, with the actions its state allows", async () => {
    const { page } = world;
    await page.getByTestId("vm-link").filter({ hasText: "zz-bulk-07" }).click();
    await page.getByTestId("vm-detail").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/vms\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("vm-detail-name").textContent()).toBe("zz-bulk-07");
    // Off: power on is offered, and resize; none of a running VM's actions.
    expect(await page.getByTestId("vm-action-powerOnVm").count()).toBe(1);
    expect(await page.getByTestId("vm-action-shutdownVm").count()).toBe(0);
    expect(await page.getByTestId("vm-resize").isDisabled()).toBe(false);
    await page.getByTestId("vm-delete-open").click();
    expect(await page.getByTestId("vm-delete").isDisabled()).toBe(true);
    await page.getByTestId("delete-confirm-name").fill("zz-bulk-7");
    expect(await page.getByTestId("vm-delete").isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, "vm-detail-off.png"), fullPage: true });
  });
});
