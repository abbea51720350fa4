import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./accessibility";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";
import { createTelemetryEstate } from "./telemetry-estate";

const HOUR_MS = 3_600_000;
const PERCENT_VALUE = /\d\s*%/;
const POWER_OFF = `mutation($id: ID!) { powerOffVm(id: $id) { id } }`;

/** The little of the DOM the canvas checks use (this project's type check has no DOM library). */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
interface PageElement {
  width: number;
  open: boolean;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selector: string): PageElement | null;
  closest(selector: string): PageElement | null;
  toDataURL(): string;
  getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
}

/**
 * How much line ink a chart's canvas holds in a column at `instant`: pixels coloured like the
 * chart's lines (blue, not the grey grid or axis text) down the plot's height, 3 pixels wide.
 */
async function lineInkAt(page: Page, chart: string, instant: Date): Promise<number> {
  const figure = page.locator(`[data-testid="metric-chart"][data-chart="${chart}"]`);
  return figure.evaluate((element, at) => {
    const figure = element as unknown as PageElement;
    const charts = figure.closest('[data-testid="metric-charts"]')!;
    const since = Date.parse(charts.getAttribute("data-since")!);
    const until = Date.parse(charts.getAttribute("data-until")!);
    const canvas = figure.querySelector("canvas")!;
    const plot = figure.querySelector(".u-over")!.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const x = Math.round((plot.left - box.left + ((at - since) / (until - since)) * plot.width) * ratio);
    const top = Math.round((plot.top - box.top) * ratio);
    // A few pixels past the plot's bottom too: a line drawn at 0 sits on that edge.
    const height = Math.round((plot.height + 3) * ratio);
    const pixels = canvas.getContext("2d").getImageData(x - 1, top, 3, height).data;
    let ink = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const [red, blue, alpha] = [pixels[index]!, pixels[index + 2]!, pixels[index + 3]!];
      if (alpha > 32 && blue - red > 60) ink += 1;
    }
    return ink;
  }, instant.getTime());
}

describe("a VM's page as a console, in a real browser", () => {
  let world: BrowserPlatform;
  let adcock: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    world = await startBrowserPlatform(5202);
    adcock = world.platform.seed.organizations.Adcock!;
    // tm-gap has no samples 9–13 hours ago; see telemetry-estate.ts.
    Object.assign(ids, await createTelemetryEstate(world.platform, adcock));
    await world.page.goto(world.webUrl);
    await world.signIn("it@adcock.co.za");
    await world.page.getByTestId("vm-link").first().waitFor();
    for (const link of await world.page.getByTestId("vm-link").all()) {
      const name = (await link.textContent())!;
      ids[name] ??= new URL((await link.getAttribute("href"))!, world.webUrl).pathname.split("/").pop()!;
    }
  });
  afterAll(() => world?.close());

  const page = () => world.page;
  const chart = (id: string) => page().locator(`[data-testid="metric-chart"][data-chart="${id}"]`);
  const openVm = async (name: string, search = "") => {
    await page().goto(new URL(`/vms/${ids[name]}?org=${adcock}${search}`, world.webUrl).href);
    await page().getByTestId("vm-detail").waitFor();
  };
  /** axe looks at the page at rest: not while the telemetry of a new window is still dimmed. */
  const a11yAtRest = async () => {
    await page().locator('[data-testid="vm-telemetry"][aria-busy="false"]').waitFor();
    return seriousA11yViolations(page());
  };
  const canvasImage = (id: string) =>
    chart(id)
      .locator("canvas")
      .evaluate((canvas) => (canvas as unknown as PageElement).toDataURL());

  it("shows a running VM's configuration, cost and 24-hour uPlot charts, and passes axe", async () => {
    await openVm("adk-web-01");
    expect(await page().getByTestId("vm-detail-name").textContent()).toBe("adk-web-01");
    expect(await page().getByTestId("vm-vcpu").textContent()).toBe("6");
    expect(await page().getByTestId("vm-memory").textContent()).toBe("16 GB");
    expect(await page().getByTestId("vm-disk").count()).toBe(1);
    expect(await page().getByTestId("vm-disk").textContent()).toMatch(/standard.*80 GB/);
    expect(await page().getByTestId("vm-nic").count()).toBeGreaterThan(0);
    expect(await page().getByTestId("vm-created").textContent()).toMatch(/\d{4}, \d{2}:\d{2}/);
    expect((await page().getByTestId("vm-estimated-cost").textContent())?.replace(/\s/g, "")).toContain("R4092,40");
    await page().getByTestId("vm-month-to-date").waitFor();

    await chart("cpu").locator("canvas").waitFor();
    expect(await page().getByTestId("telemetry-window-LAST_DAY").getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page().url()).searchParams.get("window")).toBeNull();
    expect(await page().getByTestId("metric-charts").getAttribute("data-step")).toBe("60");
    // One canvas per chart: the health score and six metrics.
    expect(await page().locator('[data-testid="metric-chart"] canvas').count()).toBe(7);
    expect(await chart("cpu").locator('[role="img"]').getAttribute("aria-label")).toBe("CPU in %: average and peak");
    expect(await page().getByTestId("chart-time-zone").textContent()).toMatch(/^Times in your zone, .+\.$/);
    // The pointer over a chart reads that bucket's time and values.
    await chart("cpu").locator(".u-over").hover();
    await expect
      .poll(() => chart("cpu").locator(".chart-readout").textContent())
      .toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} · average (\d|no data).* · peak /);
    expect(await page().getByTestId("error-banner").count()).toBe(0);
    await page().screenshot({ path: path.join(screenshots, "vm-detail-console.png"), fullPage: true });
    expect(await a11yAtRest()).toEqual([]);
  });

  it("switches to 7 d: the address says so, the charts are drawn again, and a reload keeps it", async () => {
    const before = await canvasImage("cpu");
    await page().getByTestId("telemetry-window-LAST_WEEK").click();
    await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe("120");
    const url = new URL(page().url());
    expect(url.searchParams.get("window")).toBe("7d");
    expect(url.searchParams.get("org")).toBe(adcock);
    expect(await page().getByTestId("telemetry-window-LAST_WEEK").getAttribute("aria-pressed")).toBe("true");
    await chart("cpu").locator("canvas").waitFor();
    expect(await canvasImage("cpu")).not.toBe(before);

    await page().reload();
    await page().getByTestId("vm-detail").waitFor();
    await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe("120");
    expect(await page().getByTestId("telemetry-window-LAST_WEEK").getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page().url()).searchParams.get("window")).toBe("7d");

    // A window the page does not know (an old bookmark) shows the default, 24 h.
    await openVm("adk-web-01", "&window=2y");
    await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe("60");
    expect(await page().getByTestId("telemetry-window-LAST_DAY").getAttribute("aria-pressed")).toBe("true");
  });

  it("draws hours without samples as a gap in the line, never as a drop to zero", async () => {
    await openVm("tm-gap");
    await chart("cpu").locator("canvas").waitFor();
    const now = Date.now();
    // Sampled 4 hours ago: the line is there. Nothing 11 hours ago: no ink at all, not even at 0.
    expect(await lineInkAt(page(), "cpu", new Date(now - 4 * HOUR_MS))).toBeGreaterThan(0);
    expect(await lineInkAt(page(), "cpu", new Date(now - 11 * HOUR_MS))).toBe(0);
    expect(await chart("cpu").locator('[data-line="average"]').getAttribute("data-runs")).toBe("2");
    // Its full disk fires an alert, shown on the window's timeline.
    expect(await page().getByTestId("vm-alert").count()).toBe(1);
    expect(await page().getByTestId("alert-bar").count()).toBe(1);
  });

  it("says 'no data' for a powered-off VM's window without samples, never 0 %", async () => {
    await openVm("tm-off", "&window=1h");
    await page().getByTestId("telemetry-no-data").waitFor();
    await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe("5");
    expect(await page().getByTestId("chart-no-data").count()).toBe(7);
    expect(await page().locator('[data-testid="metric-chart"] canvas').count()).toBe(0);
    expect(await page().getByTestId("chart-no-data").first().textContent()).toBe("No data in this window");
    expect(await page().getByTestId("vm-telemetry").textContent()).not.toMatch(PERCENT_VALUE);
  });

  it("prices a resize of a powered-off VM before it is asked for", async () => {
    await openVm("adk-jump-01");
    expect(await page().getByTestId("vm-resize").isDisabled()).toBe(false);
    await page().getByTestId("resize-vcpu").fill("6");
    await expect.poll(() => page().getByTestId("resize-difference").textContent()).toMatch(/^\+R\s\d/);
    await page().getByTestId("resize-vcpu").fill("4");
    await page().getByTestId("vm-resize").click();
    expect(await page().getByTestId("resize-unchanged").textContent()).toMatch(/already has 4 vCPUs/);
  });

  it("refuses to delete until the VM's name is typed exactly, in a dialog that passes axe", async () => {
    await page().getByTestId("vm-delete-open").click();
    const dialog = page().getByTestId("delete-dialog");
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => (element as unknown as PageElement).open)).toBe(true);
    expect(await page().getByTestId("vm-delete").isDisabled()).toBe(true);
    await page().getByTestId("delete-confirm-name").fill("adk-jump-0");
    expect(await page().getByTestId("vm-delete").isDisabled()).toBe(true);
    await page().getByTestId("delete-confirm-name").fill("ADK-JUMP-01");
    expect(await page().getByTestId("vm-delete").isDisabled()).toBe(true);
    await page().getByTestId("delete-confirm-name").fill("adk-jump-01");
    expect(await page().getByTestId("vm-delete").isDisabled()).toBe(false);
    await page().screenshot({ path: path.join(screenshots, "vm-delete-dialog.png") });
    expect(await a11yAtRest()).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await dialog.evaluate((element) => (element as unknown as PageElement).open)).toBe(false);
    expect(await page().getByTestId("vm-detail-name").textContent()).toBe("adk-jump-01");
  });

  it("shows the server's CONFLICT when the VM changed behind the page's back", async () => {
    await openVm("adk-web-01");
    await page().getByTestId("vm-action-shutdownVm").waitFor();
    // Provider staff power it off meanwhile; the page still offers a running VM's actions.
    const provider = await world.platform.provider();
    const answer = await world.platform.query(POWER_OFF, { id: ids["adk-web-01"] }, provider);
    expect(answer.errors).toBeUndefined();
    await page().getByTestId("vm-action-shutdownVm").click();
    const refusal = page().getByTestId("vm-power-error").locator("li");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-code")).toBe("CONFLICT");
    expect(await refusal.textContent()).toMatch(
      /^VM adk-web-01 (has an operation in progress|is powered off).*\(CONFLICT\)$/,
    );
    // The page read the VM again: the operation in progress or its new state, not stale buttons.
    await expect
      .poll(
        async () =>
          (await page().getByTestId("operation-progress").count()) +
          (await page().getByTestId("vm-action-powerOnVm").count()),
      )
      .toBeGreaterThan(0);
  });

  it("offers a read-only user no action at all, and says why", async () => {
    await page().getByTestId("sign-out").click();
    await page().getByTestId("sign-in-email").waitFor();
    await world.signIn("auditor@adcock.co.za");
    await openVm("adk-sql-01");
    await page().getByTestId("vm-actions-note").waitFor();
    expect(await page().getByTestId("vm-actions-note").textContent()).toBe(
      "Read-only users see VMs but cannot change them.",
    );
    expect(await page().getByTestId("vm-actions").locator("button, input, select").count()).toBe(0);
    // The charts and the rest of the page are there to read.
    await chart("cpu").locator("canvas").waitFor();
    expect(await page().getByTestId("vm-configuration").count()).toBe(1);
    expect(await a11yAtRest()).toEqual([]);
  });

  it("marks the charts, health and metered cost unavailable when telemetry is down, and still shows the VM", async () => {
    await world.platform.subgraphs.telemetry.server.close();
    await openVm("adk-sql-01");
    const reason = "The telemetry-billing service is unavailable";
    await page().getByTestId("metrics-unavailable").waitFor();
    expect(await page().getByTestId("metrics-unavailable").textContent()).toBe(`Metrics unavailable: ${reason}`);
    expect(await page().getByTestId("health-unavailable").textContent()).toBe(`Health unavailable: ${reason}`);
    expect(await page().getByTestId("vm-month-cost-unavailable").textContent()).toBe(
      `Metered cost unavailable: ${reason}`,
    );
    expect(await page().locator('[data-testid="metric-chart"]').count()).toBe(0);
    expect(await page().getByTestId("vm-telemetry").textContent()).not.toMatch(PERCENT_VALUE);
    // What the vms and catalog subgraphs serve is still there.
    expect(await page().getByTestId("vm-detail-name").textContent()).toBe("adk-sql-01");
    expect(await page().getByTestId("vm-vcpu").textContent()).toBe("8");
    expect((await page().getByTestId("vm-estimated-cost").textContent())?.replace(/\s/g, "")).toMatch(/^R\d/);
  });
});
