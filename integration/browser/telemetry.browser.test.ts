import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";
import { createTelemetryEstate } from "./telemetry-estate";

/** A percentage shown as a value: "0 %", "12,5 %". */
const PERCENT_VALUE = /\d\s*%/;
/** "No data since 22 Nov 2026, 08:10 SAST": the time with its zone named. */
const NO_DATA_SINCE = /^No data since \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+$/;
const CHARTS = ["cpu", "memory", "disk-iops", "disk-throughput", "disk-latency", "network"];

describe("telemetry on the dashboard and a VM's page, in a real browser", () => {
  let world: BrowserPlatform;
  /** The windows the VM page asked for, in order: each switch reads the telemetry again, and only that. */
  const windows: unknown[] = [];
  beforeAll(async () => {
    world = await startBrowserPlatform(5195);
    // Adcock's demo VMs plus tm-gap, tm-stale, tm-never and tm-off (see telemetry-estate.ts).
    await createTelemetryEstate(world.platform, world.platform.seed.organizations.Adcock!);
    world.page.on("request", (request) => {
      if (request.method() !== "POST" || new URL(request.url()).pathname !== "/graphql") return;
      const body = request.postDataJSON() as { operationName?: string; variables?: { window?: unknown } };
      if (body.operationName === "VmTelemetrySection") windows.push(body.variables?.window);
    });
  });
  afterAll(() => world?.close());

  const page = () => world.page;
  const row = (name: string) => page().getByTestId("vm-row").filter({ hasText: name });
  const chart = (id: string) => page().locator(`[data-testid="metric-chart"][data-chart="${id}"]`);
  const openVm = async (name: string) => {
    await page().goto(world.webUrl);
    await page().getByTestId("vm-link").filter({ hasText: name }).click();
    await page().getByTestId("vm-telemetry").waitFor();
  };

  it("draws hours without samples as a break in a row's sparklines, never as a drop to zero", async () => {
    await page().goto(world.webUrl);
    await world.signIn("it@adcock.co.za");
    await row("tm-gap").getByTestId("cpu-sparkline").waitFor();
    for (const testId of ["cpu-sparkline", "memory-sparkline"]) {
      const sparkline = row("tm-gap").getByTestId(testId);
      // No samples 9–13 hours ago: 3 or 4 hourly buckets, and two pieces of line.
      expect(Number(await sparkline.getAttribute("data-gaps"))).toBeGreaterThanOrEqual(3);
      const d = (await sparkline.locator("path").getAttribute("d")) ?? "";
      expect(d.match(/M/g)).toHaveLength(2);
    }
    await page().screenshot({ path: path.join(screenshots, "dashboard-telemetry-states.png"), fullPage: true });
  });

  it("says since when a stale or powered-off VM has no data, and that a VM never sampled has none yet", async () => {
    for (const name of ["tm-stale", "tm-off"]) {
      const now = row(name).getByTestId("vm-now");
      expect(await now.getByTestId("telemetry-no-data").textContent()).toMatch(NO_DATA_SINCE);
      expect(await now.textContent()).not.toMatch(PERCENT_VALUE);
    }
    expect(await row("tm-never").getByTestId("vm-now").textContent()).toBe("No data yet");
    expect(await row("tm-never").getByTestId("vm-cpu").textContent()).toBe("No data in 24 h");
    expect(await row("tm-never").getByTestId("vm-memory-usage").textContent()).toBe("No data in 24 h");
    expect(await row("tm-gap").getByTestId("now-cpu").textContent()).toMatch(PERCENT_VALUE);
  });

  it("counts the alerts firing on each VM beside its newest values", async () => {
    // tm-gap's /data is 95 % full; tm-stale has sent nothing for 3 hours; tm-never has no rule to break.
    expect(await row("tm-gap").getByTestId("vm-open-alerts").textContent()).toBe("1 alert firing");
    expect(await row("tm-stale").getByTestId("vm-open-alerts").textContent()).toBe("1 alert firing");
    expect(await row("tm-never").getByTestId("vm-open-alerts").count()).toBe(0);
  });

  it("shows a VM's newest values, guest file systems and 24-hour charts with their gaps", async () => {
    await openVm("tm-gap");
    await page().getByTestId("telemetry-values").waitFor();
    expect(await page().getByTestId("telemetry-cpu").textContent()).toMatch(PERCENT_VALUE);
    expect(await page().getByTestId("telemetry-diskLatency").textContent()).toMatch(/\d ms$/);

    // Two file systems, used of capacity, the share and a bar; /data is 95 % full.
    const disks = page().getByTestId("guest-disk");
    expect(await disks.count()).toBe(2);
    const data = disks.filter({ hasText: "/data" });
    expect(await data.textContent()).toMatch(/95 GB of 100 GB/);
    expect(await data.getByTestId("guest-disk-percent").textContent()).toBe("95 %");
    expect(await data.locator(".usage-critical").count()).toBe(1);

    // The default window: 24 h, every chart, in the units the graph gave.
    await chart("cpu").waitFor();
    expect(await page().getByTestId("telemetry-window-LAST_DAY").getAttribute("aria-pressed")).toBe("true");
    expect(await page().getByTestId("metric-charts").getAttribute("data-step")).toBe("60");
    const shown = await Promise.all(
      (await page().getByTestId("metric-chart").all()).map((figure) => figure.getAttribute("data-chart")),
    );
    expect(shown).toEqual(["health", ...CHARTS]);
    expect(await chart("cpu").locator("figcaption").textContent()).toBe("CPU (%)");
    expect(await chart("disk-throughput").locator("figcaption").textContent()).toBe("Disk throughput (KB/s)");
    expect(await chart("disk-iops").locator("figcaption").textContent()).toBe("Disk operations (IOPS)");
    expect(await chart("disk-latency").locator("figcaption").textContent()).toBe("Disk latency (ms)");
    expect(await page().getByTestId("telemetry-resolution").textContent()).toMatch(
      /^Hourly (points from .+|averages)$/,
    );
    // No samples 9–13 hours ago: the CPU average is two pieces of line, not one.
    expect(await chart("cpu").locator('[data-line="average"]').getAttribute("data-runs")).toBe("2");

    // Health over the same window, lowered by the full disk, and the alert itself.
    expect(await chart("health").count()).toBe(1);
    expect(await page().getByTestId("health-reasons").textContent()).toMatch(
      /^Lowered by Guest disk over 85 % full \(/,
    );
    const alerts = page().getByTestId("vm-alert");
    expect(await alerts.count()).toBe(1);
    expect(await alerts.getAttribute("data-state")).toBe("FIRING");
    expect(await alerts.getAttribute("data-severity")).toBe("WARNING");
    expect(await alerts.textContent()).toMatch(
      /^Warning Guest disk over 85 % full firing since .* · 95 % when it fired$/,
    );
    await page().screenshot({ path: path.join(screenshots, "vm-telemetry.png"), fullPage: true });
  });

  it("switches the window: 1 h of 5-minute samples, 7 d and 30 d, reading only the telemetry again", async () => {
    windows.length = 0;
    const steps: Record<string, string> = { LAST_HOUR: "5", LAST_WEEK: "120", LAST_MONTH: "1440" };
    for (const [preset, step] of Object.entries(steps)) {
      await page().getByTestId(`telemetry-window-${preset}`).click();
      await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe(step);
      expect(await page().getByTestId(`telemetry-window-${preset}`).getAttribute("aria-pressed")).toBe("true");
      // The metric charts and the health chart.
      expect(await page().getByTestId("metric-chart").count()).toBe(CHARTS.length + 1);
      if (preset === "LAST_HOUR") {
        expect(await page().getByTestId("telemetry-resolution").textContent()).toBe("5-min samples");
        // Sampled up to now: the last hour has a line, not "no data".
        expect(await chart("cpu").getByTestId("chart-no-data").count()).toBe(0);
        await page().screenshot({ path: path.join(screenshots, "vm-telemetry-1h.png"), fullPage: true });
      }
      if (preset === "LAST_MONTH") {
        expect(await page().getByTestId("telemetry-resolution").textContent()).toMatch(/^Daily/);
      }
    }
    expect(windows).toEqual([{ preset: "LAST_HOUR" }, { preset: "LAST_WEEK" }, { preset: "LAST_MONTH" }]);
  });

  it("says 'no data since' for a running VM whose samples stopped, and draws no line where there are none", async () => {
    await openVm("tm-stale");
    await page().getByTestId("telemetry-no-data").waitFor();
    const text = await page().getByTestId("telemetry-no-data").textContent();
    expect(text).toMatch(NO_DATA_SINCE);
    expect(await page().getByTestId("telemetry-values").count()).toBe(0);
    // The silence is an alert of its own, with no value (never a 0).
    const alert = page().getByTestId("vm-alert");
    expect(await alert.getAttribute("data-severity")).toBe("CRITICAL");
    expect(await alert.textContent()).toMatch(/^Critical No samples for 15 minutes firing since [^·]*$/);
    // Its newest sample is 3 hours old: the last hour has nothing to draw, and says so.
    await page().getByTestId("telemetry-window-LAST_HOUR").click();
    await expect.poll(() => page().getByTestId("metric-charts").getAttribute("data-step")).toBe("5");
    expect(await page().getByTestId("chart-no-data").count()).toBe(CHARTS.length + 1);
    expect(await page().locator('[data-testid="metric-chart"] canvas').count()).toBe(0);
    expect(await page().getByTestId("vm-telemetry").textContent()).not.toMatch(PERCENT_VALUE);
    await page().screenshot({ path: path.join(screenshots, "vm-telemetry-stale.png"), fullPage: true });
  });

  it("says 'no data since' for a powered-off VM and 'no data yet' for one never sampled", async () => {
    await openVm("tm-off");
    await page().getByTestId("telemetry-no-data").waitFor();
    expect(await page().getByTestId("telemetry-no-data").textContent()).toMatch(NO_DATA_SINCE);
    await openVm("tm-never");
    await page().getByTestId("telemetry-no-data").waitFor();
    expect(await page().getByTestId("telemetry-no-data").textContent()).toBe("No data yet");
    expect(await page().getByTestId("guest-disks-none").count()).toBe(1);
  });

  it("marks every telemetry part unavailable with the reason, never zeros, when telemetry is down", async () => {
    await world.platform.subgraphs.telemetry.server.close();
    await openVm("tm-gap");
    const reason = "The telemetry-billing service is unavailable";
    await page().getByTestId("telemetry-unavailable").waitFor();
    expect(await page().getByTestId("telemetry-unavailable").textContent()).toBe(`Telemetry unavailable: ${reason}`);
    expect(await page().getByTestId("guest-disks-unavailable").textContent()).toBe(
      `Guest disks unavailable: ${reason}`,
    );
    expect(await page().getByTestId("metrics-unavailable").textContent()).toBe(`Metrics unavailable: ${reason}`);
    expect(await page().getByTestId("health-unavailable").textContent()).toBe(`Health unavailable: ${reason}`);
    expect(await page().getByTestId("alerts-unavailable").textContent()).toBe(`Alerts unavailable: ${reason}`);
    expect(await page().getByTestId("metric-chart").count()).toBe(0);
    expect(await page().getByTestId("vm-alerts-none").count()).toBe(0);
    expect(await page().getByTestId("vm-telemetry").textContent()).not.toMatch(PERCENT_VALUE);
    // The rest of the page is the VM's own, from the vms subgraph.
    expect(await page().getByTestId("vm-detail-name").textContent()).toBe("tm-gap");
    await page().screenshot({ path: path.join(screenshots, "vm-telemetry-down.png"), fullPage: true });
  });
});
