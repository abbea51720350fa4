import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";
/** A percentage shown as a value: "0 %", "12,5 %". */
const PERCENT_VALUE = /\d\s*%/;

/** A GraphQL operation the page sent: its name and what it selects. */
interface SentOperation {
  name: string;
  query: string;
}

describe("a customer's dashboard in a real browser", () => {
  let world: BrowserPlatform;
  const sent: SentOperation[] = [];
  beforeAll(async () => {
    world = await startBrowserPlatform(5190);
    world.page.on("request", (request) => {
      if (request.method() !== "POST" || new URL(request.url()).pathname !== "/graphql") return;
      const body = request.postDataJSON() as { operationName?: string; query: string };
      sent.push({ name: body.operationName ?? "(anonymous)", query: body.query });
    });
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
    sent.length = 0; // from here on: what signing in and showing the dashboard asks the graph
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("signed-in-user").waitFor();
    expect(await page.getByTestId("signed-in-user").textContent()).toContain("Johan Botha");
  });

  it("shows Adcock's organisation, wallet, VMs, costs, CPU and memory charts and newest values from one query", async () => {
    const { page } = world;
    await page.getByTestId("vm-row").first().waitFor();
    await page.getByTestId("cpu-sparkline").first().waitFor();
    await page.screenshot({ path: path.join(screenshots, "dashboard.png"), fullPage: true });
    expect(await page.getByTestId("org-name").textContent()).toBe("Adcock");
    expect(await page.getByTestId("vm-row").count()).toBe(5);
    expect(await page.getByTestId("total-vcpu").textContent()).toContain("30");
    expect(await page.getByTestId("total-memory").textContent()).toContain("84");
    expect(plain(await page.getByTestId("wallet-balance").textContent())).toContain("25000,00");
    // The running VMs' last 24 hours, as the collector back-filled them from vCenter.
    for (const name of ["adk-app-01", "adk-file-01", "adk-sql-01", "adk-web-01"]) {
      const row = page.getByTestId("vm-row").filter({ hasText: name });
      expect(await row.getByTestId("cpu-sparkline").count()).toBe(1);
      expect(await row.getByTestId("memory-sparkline").count()).toBe(1);
    }
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    const webRow = page.getByTestId("vm-row").filter({ hasText: "adk-web-01" });
    expect(plain(await webRow.getByTestId("vm-cost").textContent())).toContain("4092,40");

    // Everything the dashboard shows came in one request: one DashboardPage, and no other
    // operation asked for metrics, telemetry, health, alerts or usage (the other one is the
    // organisation choice).
    const dashboard = sent.filter((operation) => operation.name === "DashboardPage");
    expect(dashboard).toHaveLength(1);
    expect(dashboard[0]!.query).toMatch(/metrics\(window: \{preset: LAST_DAY\}\)/);
    expect(dashboard[0]!.query).toMatch(/telemetry \{/);
    expect(dashboard[0]!.query).toMatch(/health\(window: \{preset: LAST_DAY\}\)/);
    expect(dashboard[0]!.query).toMatch(/openAlerts\(first: 5\)/);
    expect(dashboard[0]!.query).toMatch(/usage\(window: \{preset: LAST_DAY\}\)/);
    expect(sent.filter((operation) => /metrics|telemetry|health|openAlerts|usage/.test(operation.query))).toHaveLength(
      1,
    );
    expect(sent.map((operation) => operation.name).sort()).toEqual(["DashboardPage", "OrganizationChoice"]);
  });

  it("shows each VM's health beside its alerts, the open alerts and the fleet's day from that same query", async () => {
    const { page } = world;
    const row = (name: string) => page.getByTestId("vm-row").filter({ hasText: name });
    // The running VMs have a score for the newest hour; the powered-off one has none: a dash, not a 0.
    for (const name of ["adk-app-01", "adk-file-01", "adk-sql-01", "adk-web-01"]) {
      expect(await row(name).getByTestId("vm-health-score").textContent()).toMatch(/^\d{1,3}$/);
    }
    const jumpHealth = row("adk-jump-01").getByTestId("vm-health-score");
    expect(await jumpHealth.textContent()).toBe("—");
    expect(await jumpHealth.getAttribute("title")).toBe("no data");
    // The demo's full disk on adk-web-01 takes at least 15 points off its newest hour; its alert is
    // counted beside the score, and the badge's colour follows the score.
    const webHealth = row("adk-web-01").getByTestId("vm-health");
    const webScore = webHealth.getByTestId("vm-health-score");
    const score = Number(await webScore.textContent());
    expect(score).toBeLessThanOrEqual(85);
    expect(await webScore.getAttribute("data-level")).toBe(score >= 80 ? "good" : score >= 50 ? "fair" : "poor");
    expect(await webHealth.getByTestId("vm-open-alerts").textContent()).toBe("1 alert firing");

    const alerts = page.getByTestId("open-alert");
    expect(await alerts.count()).toBe(1);
    expect(await alerts.first().textContent()).toMatch(
      /^Warning Guest disk over 85 % full on adk-web-01 firing since \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+ · worst \d/,
    );
    expect(await page.getByTestId("open-alerts-none").count()).toBe(0);

    expect(await page.getByTestId("fleet-cpu").textContent()).toMatch(/^\d[\d,]* % avg · \d[\d,]* % peak$/);
    expect(await page.getByTestId("fleet-memory").textContent()).toMatch(/^\d[\d,]* % avg · \d[\d,]* % peak$/);
    expect(await page.getByTestId("fleet-measured").textContent()).toBe("4 VMs measured");

    // The alert's VM name opens the VM's page; back returns to the dashboard.
    const webId = await row("adk-web-01").getAttribute("data-vm-id");
    await alerts.first().getByTestId("open-alert-vm").click();
    await page.waitForURL((url) => url.pathname === `/vms/${webId}`);
    await page.goBack();
    await page.getByTestId("open-alert").first().waitFor();
  });

  it("shows the newest CPU and memory of a running VM, and 'no data' for a powered-off one, never 0 %", async () => {
    const row = (name: string) => world.page.getByTestId("vm-row").filter({ hasText: name });
    const sqlNow = row("adk-sql-01").getByTestId("vm-now");
    expect(await sqlNow.getByTestId("now-cpu").textContent()).toMatch(PERCENT_VALUE);
    expect(await sqlNow.getByTestId("now-memory").textContent()).toMatch(PERCENT_VALUE);
    // adk-jump-01 is powered off in the demo estate: the collector takes no samples of it.
    const jumpNow = row("adk-jump-01").getByTestId("vm-now");
    expect(await jumpNow.getByTestId("telemetry-no-data").textContent()).toMatch(
      /^No data (yet|since \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+)$/,
    );
    expect(await jumpNow.textContent()).not.toMatch(PERCENT_VALUE);
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
    // Each cell says it is unavailable and why (the CPU cell in words, the others in a tooltip
    // beside it); none shows 0 % or an empty chart.
    const reason = "The telemetry-billing service is unavailable";
    const cells = {
      "vm-cpu": `Metrics unavailable: ${reason}`,
      "vm-memory-usage": "Metrics unavailable",
      "vm-now": "Telemetry unavailable",
    };
    for (const [testId, text] of Object.entries(cells)) {
      const column = page.getByTestId(testId);
      expect(await column.allTextContents()).toEqual(Array(5).fill(text));
      const tooltips = await Promise.all(
        (await column.locator(".unavailable").all()).map((span) => span.getAttribute("title")),
      );
      expect(tooltips).toEqual(Array(5).fill(reason));
    }
    // The health column says so too (the alert count beside it is not repeated), as do the open
    // alerts and the fleet's usage: never a dash, "No open alerts" or 0 %.
    const health = page.getByTestId("vm-health");
    expect(await health.allTextContents()).toEqual(Array(5).fill("Health unavailable"));
    const healthTooltips = await Promise.all(
      (await health.locator(".unavailable").all()).map((span) => span.getAttribute("title")),
    );
    expect(healthTooltips).toEqual(Array(5).fill(reason));
    expect(await page.getByTestId("vm-health-score").count()).toBe(0);
    expect(await page.getByTestId("open-alerts-unavailable").textContent()).toBe(`Open alerts unavailable: ${reason}`);
    expect(await page.getByTestId("open-alerts-none").count()).toBe(0);
    expect(await page.getByTestId("fleet-usage-unavailable").textContent()).toBe(`Usage unavailable: ${reason}`);
    expect(await page.getByTestId("fleet-cpu").count()).toBe(0);
    expect(await page.getByTestId("cpu-sparkline").count()).toBe(0);
    expect(await page.getByTestId("memory-sparkline").count()).toBe(0);
    expect(await page.locator(".vm-table svg").count()).toBe(0);
    // The cost cells are not blamed on telemetry.
    const webRow = page.getByTestId("vm-row").filter({ hasText: "adk-web-01" });
    expect(plain(await webRow.getByTestId("vm-cost").textContent())).toContain("4092,40");
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
