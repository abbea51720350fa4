import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@dcx/kit";
import { type RunningWeb, startWeb } from "../../scripts/web-server";
import { openSsoWorld, PASSWORD, type SsoWorld } from "../sso/sso-world";
import { seriousA11yViolations } from "./accessibility";

/** The port the IdP's registered redirect URIs name (sso-world.ts). */
const WEB_PORT = 5207;
const screenshots = path.join(repoRoot, ".data", "screenshots");
const POLL = { timeout: 15_000 };

/**
 * Single sign-on in Chromium: the dashboard's sign-in page, the IdP's own login page, back to
 * the dashboard signed in; the settings page; and signing out, which ends the IdP session too.
 */
describe("single sign-on in a real browser", () => {
  let world: SsoWorld;
  let browser: Browser;
  let page: Page;
  let webUrl: string;
  let web: RunningWeb | undefined;

  beforeAll(async () => {
    world = await openSsoWorld();
    web = await startWeb({ dev: false, port: WEB_PORT, gatewayUrl: world.gateway.url });
    webUrl = web.url;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await world?.close();
  });

  it("offers single sign-on for the organisation's domain and signs in through the IdP's login page", async () => {
    await page.goto(webUrl);
    await page.getByTestId("sign-in-email").fill("it@adcock.co.za");
    await page.getByTestId("sign-in-sso").waitFor();
    // Codes are still allowed for Adcock: both ways are offered.
    expect(await page.getByTestId("sign-in-request").isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId("sign-in-sso").click();

    await page.waitForURL((url) => url.origin === world.adcockIdp.issuer);
    expect(await page.getByTestId("idp-email").inputValue()).toBe("it@adcock.co.za");
    await page.getByTestId("idp-password").fill("not the password");
    await page.getByTestId("idp-sign-in").click();
    await page.getByTestId("idp-error").waitFor();
    await page.getByTestId("idp-password").fill(PASSWORD);
    await page.getByTestId("idp-sign-in").click();

    await page.getByTestId("signed-in-user").waitFor(POLL);
    expect(new URL(page.url()).pathname).not.toBe("/sso/callback");
    expect(await page.getByTestId("signed-in-user").textContent()).toContain("it@adcock.co.za");
    await page.screenshot({ path: path.join(screenshots, "sso-signed-in.png") });
  });

  it("shows this browser in Team → Your sessions, signed in by single sign-on", async () => {
    await page.getByTestId("nav-team").click();
    const current = page.locator('[data-testid="session"][data-current="true"]');
    await current.waitFor(POLL);
    expect(await current.getByTestId("session-device").textContent()).toMatch(/^Chrome \d+ on Linux$/);
    expect(await current.getByTestId("session-method").textContent()).toBe("single sign-on");
  });

  it("shows the settings page to the owner, refuses a bad issuer clearly, and is accessible", async () => {
    await page.getByTestId("nav-sso").click();
    await page.getByTestId("sso-form").waitFor(POLL);
    expect(await page.getByTestId("sso-status").textContent()).toBe("Single sign-on is on");
    expect(await page.getByTestId("sso-issuer").inputValue()).toBe(world.adcockIdp.issuer);
    expect(await page.getByTestId("sso-client-secret").inputValue()).toBe("");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId("sso-issuer").fill("http://127.0.0.1:9/");
    await page.getByTestId("sso-save").click();
    await page.getByTestId("sso-save-error").waitFor(POLL);
    expect(await page.getByTestId("sso-save-error").textContent()).toMatch(/No OpenID Connect provider answered/);
    expect(await page.getByTestId("sso-issuer").getAttribute("aria-invalid")).toBe("true");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, "sso-settings.png") });
  });

  it("signs out of the platform and of the IdP, back to the sign-in page", async () => {
    await page.getByTestId("sign-out").click();
    await page.waitForURL((url) => url.origin === world.adcockIdp.issuer);
    const delivered = world.adcockIdp.nextBackchannelDelivery();
    await page.getByTestId("idp-sign-out").click();
    await page.getByTestId("sign-in-email").waitFor(POLL);
    expect(new URL(page.url()).origin).toBe(new URL(webUrl).origin);
    expect((await delivered).ok).toBe(true);

    // The IdP's session has ended too: single sign-on asks for the password again.
    await page.getByTestId("sign-in-email").fill("it@adcock.co.za");
    await page.getByTestId("sign-in-sso").click();
    await page.waitForURL((url) => url.origin === world.adcockIdp.issuer);
    await page.getByTestId("idp-password").waitFor(POLL);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
