import { describe, expect, it } from "vitest";
import { keyFor, toCreateVmInput } from "./create-vm";

const choices = { organizationId: "org-1", name: "  web-01 ", networkId: "", idempotencyKey: "key-1" };

describe("toCreateVmInput", () => {
  it("sends a named size with its extra disks labelled, no vCPUs or RAM", () => {
    const input = toCreateVmInput(
      { size: "general.small", disks: [{ tier: "STANDARD", capacityGb: 100 }], licences: [], publicIpCount: 1 },
      choices,
    );
    expect(input).toEqual({
      organizationId: "org-1",
      name: "web-01",
      size: "general.small",
      disks: [{ tier: "STANDARD", capacityGb: 100, label: "Hard disk 1" }],
      licences: [],
      idempotencyKey: "key-1",
    });
  });

  it("sends vCPUs, RAM and a DHCP adapter on the chosen network for a custom VM", () => {
    const input = toCreateVmInput(
      {
        vcpuCount: 4,
        memoryGb: 8,
        disks: [{ tier: "PERFORMANCE", capacityGb: 60 }],
        licences: [{ sku: "os.windows", quantity: 1 }],
      },
      { ...choices, networkId: "net-1" },
    );
    expect(input).toMatchObject({
      vcpuCount: 4,
      memoryGb: 8,
      licences: [{ sku: "os.windows", quantity: 1 }],
      network: { networkId: "net-1", ipMode: "DHCP" },
    });
    expect(input).not.toHaveProperty("size");
  });
});

describe("keyFor", () => {
  let n = 0;
  const fresh = () => `k${(n += 1)}`;

  it("keeps the key for the same request and makes a new one when it changes", () => {
    const first = keyFor(null, "a", fresh);
    expect(keyFor(first, "a", fresh)).toBe(first);
    const second = keyFor(first, "b", fresh);
    expect(second.key).not.toBe(first.key);
  });
});
