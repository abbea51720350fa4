import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, startBrowserPlatform } from "./browser-platform";

const REFRESH_COOKIE = "dcx_refresh";

describe("the refresh token lives only in an HttpOnly cookie, in a real browser", () => {
  let world: BrowserPlatform;
  /** Every body the session routes answered, to prove the token never travels in one. */
  const sessionBodies: string[] = [];
  beforeAll(async () => {
    world = await startBrowserPlatform(5194);
    world.page.context().on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/auth/")) {
        void response.text().then(
          (text) => sessionBodies.push(text),
          () => undefined,
        );
      }
    });
  });
  afterAll(() => world?.close());

  const refreshCookie = async () =>
    (await world.page.context().cookies()).find((cookie) => cookie.name === REFRESH_COOKIE);

  /** Everything the page's own scripts can read: localStorage, sessionStorage and document.cookie. */
  const visibleToScripts = (page: Page) =>
    page.evaluate(
      "JSON.stringify([{ ...window.localStorage }, { ...window.sessionStorage }, document.cookie])",
    ) as Promise<string>;

  it("signs in and receives the cookie HttpOnly, Secure, SameSite=Strict, scoped to the refresh route", async () => {
    const { page, webUrl } = world;
    await page.goto(webUrl);
    await world.signIn("it@adcock.co.za");
    const cookie = await refreshCookie();
    expect(cookie).toMatchObject({
      value: expect.stringMatching(/^dcx_rt_/),
      domain: "127.0.0.1",
      path: "/auth/refresh",
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
    });
    const visible = await visibleToScripts(page);
    expect(visible).not.toContain(cookie!.value);
    expect(visible).not.toContain("dcx_rt_");
    expect(await page.evaluate("document.cookie")).toBe("");
  });

  it("stays signed in across a reload, with the cookie rotated and still out of the scripts' reach", async () => {
    const { page } = world;
    const before = (await refreshCookie())!.value;
    await page.reload();
    await page.getByTestId("signed-in-user").waitFor();
    expect(await page.getByTestId("signed-in-user").textContent()).toContain("Johan Botha");
    const after = (await refreshCookie())!.value;
    expect(after).not.toBe(before);
    expect(await visibleToScripts(page)).not.toContain("dcx_rt_");
  });

  it("keeps two tabs signed in when both refresh at once (the refreshes take turns)", async () => {
    const { page, webUrl } = world;
    const second = await page.context().newPage();
    await second.goto(webUrl);
    await second.getByTestId("signed-in-user").waitFor();
    await Promise.all([page.reload(), second.reload()]);
    await page.getByTestId("signed-in-user").waitFor();
    await second.getByTestId("signed-in-user").waitFor();
    // Both still hold a working session: a reload (one more refresh) in each stays signed in.
    for (const tab of [page, second]) {
      await tab.reload();
      await tab.getByTestId("signed-in-user").waitFor();
      expect(await tab.getByTestId("sign-in-email").count()).toBe(0);
    }

    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-email").waitFor();
    // The other tab hears of it and signs out too; the cookie is gone from the browser.
    await second.getByTestId("sign-in-email").waitFor();
    // The page signs out at once; the server's answer, which clears the cookie, follows.
    await expect.poll(refreshCookie).toBeUndefined();
    expect(await page.evaluate("JSON.stringify(window.localStorage)")).toBe("{}");
    await second.close();
  });

  it("never answered the refresh token in a body of the session routes", async () => {
    expect(sessionBodies.length).toBeGreaterThanOrEqual(4);
    for (const body of sessionBodies) expect(body).not.toContain("dcx_rt_");
  });
});
