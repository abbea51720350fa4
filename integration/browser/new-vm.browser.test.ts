import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserPlatform, screenshots, startBrowserPlatform } from "./browser-platform";

const plain = (text: string | null) => text?.replace(/\s/g, "") ?? "";

describe("pricing a new VM in a real browser", () => {
  let world: BrowserPlatform;
  beforeAll(async () => {
    world = await startBrowserPlatform(5192);
  });
  afterAll(() => world?.close());

  const total = () => world.page.getByTestId("estimate-total").textContent().then(plain);

  it("opens the New VM page from the VM list's button, keeping the organisation in the address", async () => {
    const { page, webUrl } = world;
    await page.goto(webUrl);
    await world.signIn("it@adcock.co.za");
    await page.getByTestId("org-name").waitFor();
    const org = new URL(page.url()).searchParams.get("org");
    expect(org).toBeTruthy();
    await page.getByTestId("new-vm-link").click();
    await page.getByTestId("new-vm-page").waitFor();
    expect(new URL(page.url()).pathname).toBe("/vms/new");
    expect(new URL(page.url()).searchParams.get("org")).toBe(org);
  });

  it("prices a named size, then the size with an extra disk, to the cent as the catalog does", async () => {
    const { page } = world;
    // The first size on offer is priced at once: general.small, 622.70 + 15 % VAT (93.405 → 93.41).
    await expect.poll(total).toBe("R716,11");
    await page.getByTestId("size-select").selectOption("general.medium");
    // 2 × 730 × 0.42 = 613.20; 4 × 730 × 0.185 = 540.20; 60 GB standard × 1.15 = 69.00 → 1222.40 + 183.36
    await expect.poll(total).toBe("R1405,76");
    expect(plain(await page.getByTestId("estimate-vat").textContent())).toBe("R183,36");
    expect(plain(await page.getByTestId("estimate-hourly").textContent())).toBe("R1,67");

    await page.getByTestId("add-disk").click();
    // + 100 GB standard × 1.15 = 115.00 → 1337.40 + 200.61 VAT
    await expect.poll(total).toBe("R1538,01");
    expect(plain(await page.getByTestId("estimate-subtotal").textContent())).toBe("R1337,40");
    expect(await page.getByTestId("estimate-line").count()).toBe(4);
    await page.getByTestId("disk-tier").selectOption("PERFORMANCE");
    // 100 GB performance × 2.45 = 245.00 → 1467.40 + 220.11 VAT
    await expect.poll(total).toBe("R1687,51");
    await page.screenshot({ path: path.join(screenshots, "new-vm.png"), fullPage: true });
    expect(await page.getByTestId("create-vm").isDisabled()).toBe(true);
    // Disabled until the VM has a name.
  });

  it("shows the catalog's message beside a field it refuses, and a local one for text that is no number", async () => {
    const { page } = world;
    await page.getByTestId("disk-capacity").fill("0");
    const refused = page.getByTestId("error-disks[0].capacityGb");
    await refused.waitFor();
    expect(await refused.textContent()).toBe("disks[0].capacityGb must be a whole number from 1 to 65536, got 0");
    expect(await page.getByTestId("estimate-total").count()).toBe(0);
    expect(await page.getByTestId("estimate-refused").textContent()).toContain("cannot price this VM");
    await page.screenshot({ path: path.join(screenshots, "new-vm-error.png"), fullPage: true });

    await page.getByTestId("mode-custom").check();
    await page.getByTestId("vcpu-input").fill("500");
    await page.getByTestId("error-vcpuCount").waitFor();
    expect(await page.getByTestId("error-vcpuCount").textContent()).toContain("from 1 to 128, got 500");
    await page.getByTestId("vcpu-input").fill("two");
    await expect.poll(() => page.getByTestId("error-vcpuCount").textContent()).toBe("Enter a whole number");

    await page.getByTestId("disk-capacity").fill("100");
    await page.getByTestId("vcpu-input").fill("2");
    // custom 2 vCPU / 4 GB with 100 GB performance: 613.20 + 540.20 + 245.00 = 1398.40 + 209.76
    await expect.poll(total).toBe("R1608,16");
  });

  it("opens the page directly from its address and goes back to the dashboard with the organisation", async () => {
    const { page } = world;
    await page.reload();
    await page.getByTestId("new-vm-page").waitFor();
    await expect.poll(total).toBe("R716,11");
    await page.getByTestId("nav-dashboard").click();
    await page.getByTestId("vm-row").first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goBack();
    await page.getByTestId("new-vm-page").waitFor();
  });
});
