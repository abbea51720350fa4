import { mkdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningWeb, startWeb } from "../../scripts/web-server";
import { startTestPlatform, type TestPlatform } from "../platform";

/** Chromium from the system (apt-get install chromium); nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];
export const screenshots = path.join(repoRoot, ".data", "screenshots");

export interface BrowserPlatform {
  platform: TestPlatform;
  page: Page;
  webUrl: string;
  /** Signs in through the page: e-mail, then the code from the e-mail. */
  signIn(email: string): Promise<void>;
  close(): Promise<void>;
}

/** The whole platform, the built dashboard on `webPort`, and a headless Chromium page. */
export async function startBrowserPlatform(
  webPort: number,
  options: Parameters<typeof startTestPlatform>[0] = {},
): Promise<BrowserPlatform> {
  const platform = await startTestPlatform(options);
  let web: RunningWeb | undefined;
  let browser: Browser;
  try {
    web = await startWeb({ dev: false, port: webPort, gatewayUrl: platform.gateway.url });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    // A failed start (no Chromium, a busy port) must not leave the dashboard server behind.
    await web?.close();
    await platform.close();
    throw error;
  }
  const webUrl = web.url;
  // After paying, PayGate sends the browser back through the wallet to this dashboard.
  platform.walletDeps.webUrl = webUrl;
  // An explicit context (one browser profile), so a test can open a second tab in it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  mkdirSync(screenshots, { recursive: true });
  return {
    platform,
    page,
    webUrl,
    signIn: async (email) => {
      await page.getByTestId("sign-in-email").fill(email);
      await page.getByTestId("sign-in-request").click();
      await page.getByTestId("sign-in-code").waitFor();
      await page.getByTestId("sign-in-code").fill(await platform.latestCodeFor(email));
      await page.getByTestId("sign-in-submit").click();
      await page.getByTestId("signed-in-user").waitFor();
    },
    close: async () => {
      await browser.close();
      await web.close();
      await platform.close();
    },
  };
}
