import { DEFAULT_QUERY_LIMITS } from "@dcx/supergraph";
import { chromium, type Page } from "playwright-core";
import { startTestPlatform } from "../../integration/platform";
import { seedFleet } from "../../scripts/seed/fixture-fleet";
import { type RunningWeb, startWeb } from "../../scripts/web-server";
import { median } from "../dashboard/baseline/timings";
import { billFleet } from "./fleet-billing";

/**
 * `npm run bench:console [-- <VM count>] [--runs=N] [--cost-days=N]`: the VMs page of the built
 * dashboard in headless Chromium against the whole platform, for one customer with 3,300 VMs (or
 * N), a day of 5-minute samples each and N days (default 3) of metered usage. Prints the time to
 * interactive — navigation start to the first rows rendered with the search box enabled — of
 * the list by name, ranked by CPU and by cost, and of a VM's page (navigation to its charts
 * drawn): medians of N runs (default 5), each a fresh page load. Figures only, no verdict.
 * Runs on PGlite, or on the PostgreSQL server when TEST_POSTGRES_URL is set.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
};
const VM_COUNT = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3300);
const RUNS = option("runs", 5);
const COST_DAYS = option("cost-days", 3);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 5230);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const platform = await startTestPlatform({ queryLimits: DEFAULT_QUERY_LIMITS });
console.log(`VMs page of ${VM_COUNT} VMs; database driver: ${platform.subgraphs.vms.database.driver}; ${RUNS} runs`);
const now = new Date();
const started = performance.now();
const fleet = await seedFleet(platform.dbs, platform.seed.organizations.Datacentrix!, VM_COUNT, now, (line) =>
  console.log(line),
);
await billFleet(platform, fleet.organizationId, COST_DAYS, now);
for (const subgraph of Object.values(platform.subgraphs)) await subgraph.database.executeSql("analyze");
console.log(`seeded, ${COST_DAYS} days metered and analysed in ${((performance.now() - started) / 1000).toFixed(0)} s`);

/**
 * Milliseconds from navigation start (the page's own clock) until `ready` (an expression
 * evaluated in the page) holds, checked on every animation frame.
 */
async function timeToInteractive(target: Page, url: string, ready: string): Promise<number> {
  await target.goto(url, { waitUntil: "commit" });
  const at = await target.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, {
    polling: "raf",
    timeout: 120_000,
  });
  return (await at.jsonValue()) as number;
}

/** The first rows are drawn and the search box takes input. */
const listReady = `document.querySelector('[data-testid="vms-row"]') !== null &&
  document.querySelector('[data-testid="vms-search"]:enabled') !== null`;
/** The VM's charts are drawn with its samples. */
const chartsReady = `document.querySelector('[data-testid="metric-chart"][data-has-data="true"]') !== null`;

let web: RunningWeb | undefined;
// Whatever happens, the browser, the dashboard server and the platform are stopped (no port left taken).
try {
  web = await startWeb({ dev: false, port: WEB_PORT, gatewayUrl: platform.gateway.url });
  const webUrl = web.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Provider staff open the bench customer's VMs with ?org=, as they would any customer's.
    const staff = "ops@datacentrix.co.za";
    await page.goto(webUrl);
    await page.getByTestId("sign-in-email").fill(staff);
    await page.getByTestId("sign-in-request").click();
    await page.getByTestId("sign-in-code").waitFor();
    await page.getByTestId("sign-in-code").fill(await platform.latestCodeFor(staff));
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("signed-in-user").waitFor();

    const org = fleet.organizationId;
    const scenarios = [
      { label: "VMs page, by name", url: `${webUrl}vms?org=${org}`, ready: listReady },
      { label: "VMs page, by CPU", url: `${webUrl}vms?org=${org}&sort=cpu`, ready: listReady },
      { label: "VMs page, by cost", url: `${webUrl}vms?org=${org}&sort=cost`, ready: listReady },
      {
        label: "a VM's page (charts)",
        url: `${webUrl}vms/${fleet.vmIds[Math.floor(fleet.vmIds.length / 2)]}?org=${org}`,
        ready: chartsReady,
      },
    ];
    console.log(`\ntime to interactive, median of ${RUNS} (min–max), ${VM_COUNT} VMs:`);
    for (const scenario of scenarios) {
      await timeToInteractive(page, scenario.url, scenario.ready); // warm-up: bundles cached, plans made
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) times.push(await timeToInteractive(page, scenario.url, scenario.ready));
      console.log(
        `  ${scenario.label.padEnd(24)} ${median(times).toFixed(0).padStart(6)} ms ` +
          `(${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})`,
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  await web?.close();
  await platform.close();
}
