import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./accessibility";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const INVITEE = "nomsa.dube@adcock.co.za";
const OWNER = "it@adcock.co.za";

const VMS = `{ me { organization { vms(first: 20) { edges { node { id name powerState } } } } } }`;
const POWER_OFF = `mutation($id: ID!) { powerOffVm(id: $id) { id } }`;
const POLL = `query($id: ID!) { vmOperation(id: $id) { status } }`;
/** Each page reads the graph after a reload or a change; on a busy machine that takes a few seconds. */
const POLL_OPTIONS = { timeout: 15_000 };

/**
 * Team and access, and the audit log, clicked through as Adcock's owner: invite, change a role,
 * disable; an API key's secret shown once; the sessions; the audit trail filtered through the
 * address bar. Then Adcock's read-only user, who is offered none of it.
 */
describe("team and audit log in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5204);
    await world.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: world.webUrl });
    await world.page.goto(world.webUrl);
    await world.signIn(OWNER);
  });
  afterAll(() => world?.close());

  const inviteeRow = () => world.page.locator(`[data-testid="team-user"][data-email="${INVITEE}"]`);

  it("invites a user, who is then listed as an active member", async () => {
    const { page } = world;
    await page.getByTestId("nav-team").click();
    await page.getByTestId("team-users").waitFor();
    await page.getByTestId("invite-open").click();
    await page.getByTestId("invite-email").fill(INVITEE);
    await page.getByTestId("invite-name").fill("Nomsa Dube");
    await page.getByTestId("invite-role").selectOption("MEMBER");
    await page.getByTestId("invite-submit").click();
    await page.getByTestId("invite-done").waitFor();
    await inviteeRow().waitFor();
    expect(await inviteeRow().getByTestId("team-user-role").textContent()).toBe("Member");
    expect(await inviteeRow().getByTestId("team-user-status").textContent()).toBe("Active");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("shows the server's refusal of an address already in use", async () => {
    const { page } = world;
    await page.getByTestId("invite-open").click();
    await page.getByTestId("invite-email").fill("finance@adcock.co.za");
    await page.getByTestId("invite-name").fill("Someone Else");
    await page.getByTestId("invite-submit").click();
    expect(await page.getByTestId("invite-refused").textContent()).toContain(
      "A user with the e-mail address finance@adcock.co.za already exists",
    );
  });

  it("changes the role, which a reload shows kept", async () => {
    const { page } = world;
    await inviteeRow().getByTestId("change-role").click();
    await inviteeRow().getByTestId("role-select").selectOption("ADMIN");
    await inviteeRow().getByTestId("save-role").click();
    await expect.poll(() => inviteeRow().getAttribute("data-role"), POLL_OPTIONS).toBe("ADMIN");
    await page.reload();
    await inviteeRow().waitFor();
    expect(await inviteeRow().getByTestId("team-user-role").textContent()).toBe("Admin");
  });

  it("disables the user only once confirmed", async () => {
    await inviteeRow().getByTestId("disable-user").click();
    expect(await inviteeRow().getByTestId("disable-confirmation").textContent()).toContain(
      "They are signed out at once and can no longer sign in",
    );
    await inviteeRow().getByTestId("confirm-disable").click();
    await expect
      .poll(() => inviteeRow().getByTestId("team-user-status").textContent(), POLL_OPTIONS)
      .toMatch(/^Disabled /);
    expect(await inviteeRow().getByTestId("change-role").count()).toBe(0);
    // The owner is not offered to change or disable themselves.
    const own = world.page.locator(`[data-testid="team-user"][data-email="${OWNER}"]`);
    expect(await own.getByTestId("disable-user").count()).toBe(0);
  });

  it("shows a new API key's secret once, with a Copy button, then lists the key by its prefix", async () => {
    const { page } = world;
    await page.getByTestId("api-key-name").fill("Terraform");
    await page.getByTestId("api-key-create").click();
    await page.getByTestId("new-api-key").waitFor();
    const secret = await page.getByTestId("new-api-key-secret").inputValue();
    expect(secret).toMatch(/^dcx_key_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByTestId("new-api-key-warning").textContent()).toContain("it will not be shown again");
    await page.getByTestId("copy-api-key").click();
    await expect
      .poll(() => page.getByTestId("copy-status").textContent(), POLL_OPTIONS)
      .toBe("Copied to the clipboard.");
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(secret);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, "team-new-api-key.png"), fullPage: true });

    await page.getByTestId("close-new-api-key").click();
    expect(await page.getByTestId("new-api-key").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    const row = page.locator(`[data-testid="api-key"][data-prefix="${secret.slice(0, 12)}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("Terraform");
    expect(await row.textContent()).toContain("Johan Botha");

    await row.getByTestId("revoke-api-key").click();
    await row.getByTestId("confirm-revoke").click();
    await expect.poll(() => row.getAttribute("data-revoked"), POLL_OPTIONS).toBe("true");
    expect(await row.getByTestId("api-key-status").textContent()).toMatch(/^Revoked /);
  });

  it("lists the sessions with the current one marked, and signs out everywhere else", async () => {
    const { page, platform } = world;
    await platform.signIn(OWNER); // a second browser, elsewhere
    await page.reload();
    await expect.poll(() => page.getByTestId("session").count(), POLL_OPTIONS).toBe(2);
    expect(await page.locator('[data-testid="session"][data-current="true"]').count()).toBe(1);
    await page.getByTestId("sign-out-others").click();
    await expect.poll(() => page.getByTestId("session").count(), POLL_OPTIONS).toBe(1);
    expect(await page.getByTestId("session").getAttribute("data-current")).toBe("true");
    expect(await page.getByTestId("current-session").textContent()).toBe("This browser");
    await page.screenshot({ path: path.join(screenshots, "team.png"), fullPage: true });
  });

  it("shows the audit trail, narrows it by kind, and keeps the filter in the address across a reload", async () => {
    const { page, platform } = world;
    const owner = await platform.signIn(OWNER);
    const listed = await platform.query<{
      me: { organization: { vms: { edges: { node: { id: string; name: string; powerState: string } }[] } } };
    }>(VMS, {}, owner);
    const vm = listed
      .data!.me.organization.vms.edges.map(({ node }) => node)
      .find((v) => v.powerState === "POWERED_ON")!;
    const started = await platform.query<{ powerOffVm: { id: string } }>(POWER_OFF, { id: vm.id }, owner);
    const operationId = started.data!.powerOffVm.id;
    await expect
      .poll(
        async () =>
          (await platform.query<{ vmOperation: { status: string } }>(POLL, { id: operationId }, owner)).data
            ?.vmOperation.status,
        { timeout: 60_000 },
      )
      .toBe("SUCCEEDED");

    await page.getByTestId("nav-audit").click();
    await page.getByTestId("audit-event").first().waitFor();
    const all = await page.getByTestId("audit-event").count();
    expect(all).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="audit-event"][data-kind="drift.vm_appeared"]').count()).toBeGreaterThan(0);
    expect(await page.locator("thead").textContent()).toMatch(/Time \([A-Za-z_/]+\)/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId("audit-filter-kind").selectOption("vm.power_off");
    await expect.poll(() => page.url(), POLL_OPTIONS).toContain("kind=vm.power_off");
    await expect.poll(() => page.getByTestId("audit-event").count(), POLL_OPTIONS).toBe(1);
    const event = page.getByTestId("audit-event");
    expect(await event.getAttribute("data-kind")).toBe("vm.power_off");
    expect(await event.getByTestId("audit-actor").textContent()).toBe("Johan Botha");
    expect(await event.getByTestId("audit-vm-link").textContent()).toBe(vm.name);
    expect(await event.getByTestId("audit-vm-link").getAttribute("href")).toContain(`/vms/${vm.id}`);
    await page.screenshot({ path: path.join(screenshots, "audit-log.png"), fullPage: true });

    await page.reload();
    await page.getByTestId("audit-event").first().waitFor();
    expect(await page.getByTestId("audit-filter-kind").inputValue()).toBe("vm.power_off");
    expect(await page.getByTestId("audit-event").count()).toBe(1);

    await page.getByTestId("audit-clear-filters").click();
    await expect.poll(() => page.getByTestId("audit-event").count(), POLL_OPTIONS).toBe(all);
    expect(page.url()).not.toContain("kind=");
  });

  it("offers a read-only user neither invitations, role changes, API keys nor the audit log", async () => {
    const { page } = world;
    await page.getByTestId("sign-out").click();
    await world.signIn("auditor@adcock.co.za");
    await page.getByTestId("nav-team").click();
    await page.getByTestId("team-user").first().waitFor();
    expect(await page.getByTestId("users-read-only").count()).toBe(1);
    expect(await page.getByTestId("invite-open").count()).toBe(0);
    expect(await page.getByTestId("change-role").count()).toBe(0);
    expect(await page.getByTestId("disable-user").count()).toBe(0);
    expect(await page.getByTestId("api-keys-not-allowed").count()).toBe(1);
    await page.getByTestId("session").first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId("nav-audit").click();
    await page.getByTestId("audit-not-allowed").waitFor();
    expect(await page.getByTestId("audit-not-allowed").textContent()).toContain(
      "not available to your role (Read-only)",
    );
    expect(await page.getByTestId("audit-event").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
