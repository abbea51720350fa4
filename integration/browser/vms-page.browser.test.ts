import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./accessibility";
import type { SignedIn } from "../platform";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const ADCOCK_VMS = ["adk-app-01", "adk-file-01", "adk-jump-01", "adk-sql-01", "adk-web-01"];

const namesShown = (page: Page) => page.getByTestId("vms-link").allTextContents();
/** Waits until the table shows exactly `names`, in that order. */
const waitForNames = (page: Page, names: string[]) =>
  expect.poll(() => namesShown(page), { timeout: 15_000 }).toEqual(names);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const signOut = async (page: Page) => {
  await page.getByTestId("sign-out").click();
  await page.getByTestId("sign-in-email").waitFor();
};

/**
 * The VM list as Adcock's people use it: its owner searches, filters, sorts (by name both ways,
 * by CPU and by cost, ranked by telemetry-billing), reloads, and powers two VMs on at once; its
 * read-only auditor sees the list without any power action.
 */
describe("the VMs page in a real browser", () => {
  let world: BrowserPlatform;
  let owner: SignedIn;
  const vmIds = new Map<string, string>();

  beforeAll(async () => {
    world = await startBrowserPlatform(5201);
    const { platform } = world;
    // A second VM off (adk-jump-01 is off in the demo), powered off as a person would.
    owner = await platform.signIn("it@adcock.co.za");
    const listed = await platform.query<{ organization: { vms: { edges: { node: { id: string; name: string } }[] } } }>(
      `query($id: ID!) { organization(id: $id) { vms(first: 10) { edges { node { id name } } } } }`,
      { id: platform.seed.organizations.Adcock },
      owner,
    );
    for (const { node } of listed.data!.organization.vms.edges) vmIds.set(node.name, node.id);
    const off = await platform.query<{ powerOffVm: { id: string } }>(
      `mutation($id: ID!) { powerOffVm(id: $id) { id } }`,
      { id: vmIds.get("adk-file-01") },
      owner,
    );
    for (let status = ""; status !== "SUCCEEDED";) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const progress = await platform.query<{ vmOperation: { status: string; error: unknown } }>(
        `query($id: ID!) { vmOperation(id: $id) { status error { message } } }`,
        { id: off.data!.powerOffVm.id },
        owner,
      );
      status = progress.data!.vmOperation.status;
      if (status === "FAILED") throw new Error(`power-off failed: ${JSON.stringify(progress.data)}`);
    }
    // Billing learns of the VMs from the vms outbox, as its relay does every few seconds in production.
    await platform.billing.relayUsage();
    await world.page.goto(world.webUrl);
    await world.signIn("it@adcock.co.za");
  });
  afterAll(() => world?.close());

  it("lists the organisation's VMs by name, 1–5 of 5, with the VMs entry marked in the navigation", async () => {
    const { page } = world;
    await page.getByTestId("nav-vms").click();
    await waitForNames(page, ADCOCK_VMS);
    expect(await page.getByTestId("nav-vms").getAttribute("aria-current")).toBe("page");
    expect(await page.getByTestId("vms-range").textContent()).toBe("1–5 of 5");
    expect(await page.getByTestId("vms-previous").isDisabled()).toBe(true);
    expect(await page.getByTestId("vms-next").isDisabled()).toBe(true);
    const web = page.getByTestId("vms-row").filter({ hasText: "adk-web-01" });
    // Running and sampled: a CPU average; adk-jump-01 has been off: "No data", never 0 %.
    expect(await web.getByTestId("vms-cpu").textContent()).toMatch(/^\d+(,\d)? %$/);
    const jump = page.getByTestId("vms-row").filter({ hasText: "adk-jump-01" });
    expect(await jump.getByTestId("vms-cpu").textContent()).toBe("No data");
    expect((await web.getByTestId("vms-estimate").textContent())?.replace(/\s/g, "")).toContain("4092,40");
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, "vms-page.png"), fullPage: true });
  });

  it("narrows the list by a search of the name and by power state, in the address bar", async () => {
    const { page } = world;
    await page.getByTestId("vms-search").fill("SQL");
    await waitForNames(page, ["adk-sql-01"]);
    expect(param(page, "q")).toBe("SQL");
    await page.getByTestId("vms-search").fill("");
    await waitForNames(page, ADCOCK_VMS);
    await page.getByTestId("vms-power-filter").selectOption("POWERED_OFF");
    await waitForNames(page, ["adk-file-01", "adk-jump-01"]);
    expect(param(page, "power")).toBe("POWERED_OFF");
    await page.getByTestId("vms-power-filter").selectOption("");
    await waitForNames(page, ADCOCK_VMS);
  });

  it("sorts by name Z to A, and keeps that order across a reload", async () => {
    const { page } = world;
    await page.getByTestId("vms-sort").selectOption("name-desc");
    await waitForNames(page, [...ADCOCK_VMS].reverse());
    expect(param(page, "sort")).toBe("name-desc");
    await page.reload();
    await waitForNames(page, [...ADCOCK_VMS].reverse());
    expect(await page.getByTestId("vms-sort").inputValue()).toBe("name-desc");
  });

  it("ranks by CPU over 24 hours, highest first, the VMs without samples last", async () => {
    const { page } = world;
    await page.getByTestId("vms-sort").selectOption("cpu");
    await page.getByTestId("vms-ranking-note").waitFor();
    await expect.poll(() => page.getByTestId("vms-cpu").count(), { timeout: 15_000 }).toBe(5);
    const cells = await page.getByTestId("vms-cpu").allTextContents();
    const figures = cells
      .filter((cell) => cell !== "No data")
      .map((cell) => Number(cell.replace(/[^\d,]/g, "").replace(",", ".")));
    expect(figures.length).toBeGreaterThanOrEqual(3);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    // Every "No data" comes after every figure.
    expect(cells.slice(figures.length).every((cell) => cell === "No data")).toBe(true);
    expect(cells.at(-1)).toBe("No data");
    // Narrowed by a search, the ranking keeps to the matches.
    await page.getByTestId("vms-search").fill("adk-");
    await expect.poll(() => param(page, "q")).toBe("adk-");
    await expect.poll(() => page.getByTestId("vms-row").count(), { timeout: 15_000 }).toBe(5);
    await page.getByTestId("vms-search").fill("sql");
    await waitForNames(page, ["adk-sql-01"]);
    await page.getByTestId("vms-search").fill("");
    await expect.poll(() => param(page, "q")).toBeNull();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("ranks by this month's cost, highest first, as the column shows it", async () => {
    const { page } = world;
    await page.getByTestId("vms-sort").selectOption("cost");
    await expect.poll(() => page.getByTestId("vms-ranking-note").textContent()).toContain("metered cost");
    await expect.poll(() => page.getByTestId("vms-row").count(), { timeout: 15_000 }).toBe(5);
    expect((await namesShown(page)).sort()).toEqual(ADCOCK_VMS);
    const cells = await page.getByTestId("vms-month-cost").allTextContents();
    const cents = cells.filter((cell) => cell.startsWith("R")).map((cell) => Number(cell.replace(/\D/g, "")));
    expect(cents.length).toBeGreaterThan(0);
    expect(cents).toEqual([...cents].sort((a, b) => b - a));
    expect(cells.slice(cents.length).every((cell) => cell === "Not metered yet")).toBe(true);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("powers the two powered-off VMs on at once: one queued, one refused with the server's word, both then running", async () => {
    const { page, platform } = world;
    await page.getByTestId("vms-sort").selectOption("name");
    await waitForNames(page, ADCOCK_VMS);
    for (const name of ["adk-file-01", "adk-jump-01"]) {
      await page.getByTestId("vms-row").filter({ hasText: name }).getByTestId("vms-select").check();
    }
    expect(await page.getByTestId("vms-selected-count").textContent()).toBe("2 selected");
    expect(await page.getByTestId("vms-bulk-powerOffVm").isDisabled()).toBe(true);
    expect(await page.getByTestId("vms-bulk-powerOnVm").textContent()).toBe("Power on (2)");
    // Meanwhile someone else powers adk-jump-01 on: the server refuses the page's request for it.
    const elsewhere = await platform.query(
      `mutation($id: ID!) { powerOnVm(id: $id) { id } }`,
      {
        id: vmIds.get("adk-jump-01"),
      },
      owner,
    );
    expect(elsewhere.errors).toBeUndefined();
    await page.getByTestId("vms-bulk-powerOnVm").click();
    await expect
      .poll(() => page.getByTestId("vms-bulk-summary").textContent(), { timeout: 15_000 })
      .toBe("1 queued, 1 refused");
    const outcomes = await page.getByTestId("vms-bulk-outcome").allTextContents();
    expect(outcomes[0]).toBe("adk-file-01: queued");
    expect(outcomes[1]).toMatch(/^adk-jump-01: refused \(.*adk-jump-01.*\)$/);
    // The list is read again until the operations end: both VMs then show as running.
    const running = page.locator('[data-testid="vms-row"][data-power-state="POWERED_ON"]');
    await expect.poll(() => running.count(), { timeout: 30_000 }).toBe(5);
    await expect.poll(() => page.getByTestId("vms-operation").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("offers a read-only user the list without checkboxes or power buttons", async () => {
    const { page } = world;
    await signOut(page);
    await world.signIn("auditor@adcock.co.za");
    await page.getByTestId("nav-vms").click();
    await waitForNames(page, ADCOCK_VMS);
    expect(await page.getByTestId("vms-select").count()).toBe(0);
    expect(await page.getByTestId("vms-select-page").count()).toBe(0);
    expect(await page.getByTestId("vms-bulk").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
