import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const NAME = "adk-browser-01";

describe("a VM's life in a real browser: create, running, delete", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5193);
  });
  afterAll(() => world?.close());

  const status = () => world.page.getByTestId("operation-status").getAttribute("data-status");

  it("creates a VM from the New VM page and follows its operation until it succeeds", async () => {
    const { page, webUrl } = world;
    await page.goto(webUrl);
    await world.signIn("it@adcock.co.za");
    await page.getByTestId("new-vm-link").click();
    await page.getByTestId("estimate-total").waitFor();
    await page.getByTestId("vm-name-input").fill(NAME);
    await page.getByTestId("create-vm").click();
    await page.getByTestId("operation-progress").waitFor();
    await expect.poll(status, { timeout: 60_000 }).toBe("SUCCEEDED");
    await page.screenshot({ path: path.join(screenshots, "new-vm-created.png"), fullPage: true });
  });

  it("opens the VM running, with the power actions of a running VM and its create in the history", async () => {
    const { page } = world;
    await page.getByTestId("open-vm").click();
    await page.getByTestId("vm-detail").waitFor();
    expect(await page.getByTestId("vm-detail-name").textContent()).toBe(NAME);
    await expect.poll(() => page.getByTestId("power-state").textContent()).toContain("Powered on");
    expect(await page.getByTestId("vm-action-shutdownVm").count()).toBe(1);
    expect(await page.getByTestId("vm-action-powerOnVm").count()).toBe(0);
    await expect.poll(() => page.getByTestId("vm-operation").first().getAttribute("data-status")).toBe("SUCCEEDED");
    await expect.poll(() => page.getByTestId("vm-audit-event").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshots, "vm-detail.png"), fullPage: true });
  });

  it("deletes it only once its name is typed, and the dashboard no longer lists it", async () => {
    const { page } = world;
    await page.getByTestId("vm-delete-open").click();
    expect(await page.getByTestId("vm-delete").isDisabled()).toBe(true);
    await page.getByTestId("delete-confirm-name").fill(NAME);
    await page.getByTestId("vm-delete").click();
    await page.getByTestId("vm-missing").waitFor({ timeout: 60_000 });
    await page.getByTestId("nav-dashboard").click();
    await page.getByTestId("vm-row").first().waitFor();
    await expect.poll(() => page.getByTestId("vm-row").count()).toBe(5);
    expect(await page.getByTestId("vm-table").textContent()).not.toContain(NAME);
  });
});
