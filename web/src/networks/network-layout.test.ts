import { describe, expect, it } from "vitest";
import { parseCidr } from "./ipv4";
import { allocationMarks, describeLayout, type LayoutText } from "./network-layout";

const typed: LayoutText = {
  cidr: "10.0.0.0/24",
  gateway: "10.0.0.1",
  dhcpFirst: "10.0.0.10",
  dhcpLast: "10.0.0.99",
  staticFirst: "10.0.0.100",
  staticLast: "10.0.0.199",
};

const byKind = (text: LayoutText) => Object.fromEntries(describeLayout(text).parts.map((part) => [part.kind, part]));

describe("a network's layout as typed", () => {
  it("places the gateway and both ranges on the subnet and says so in words", () => {
    const layout = describeLayout(typed);
    expect(layout.subnetText).toBe("Subnet 10.0.0.0/24: 256 addresses, 10.0.0.1 – 10.0.0.254 usable");
    expect(layout.parts).toEqual([
      { kind: "gateway", text: "Gateway 10.0.0.1", problem: null, position: { x: 1 / 256, width: 1 / 256 } },
      {
        kind: "dhcp",
        text: "DHCP range 10.0.0.10 – 10.0.0.99 (90 addresses)",
        problem: null,
        position: { x: 10 / 256, width: 90 / 256 },
      },
      {
        kind: "static",
        text: "Static range 10.0.0.100 – 10.0.0.199 (100 addresses)",
        problem: null,
        position: { x: 100 / 256, width: 100 / 256 },
      },
    ]);
  });

  it("draws nothing until the subnet can be read, and says why", () => {
    const layout = describeLayout({ ...typed, cidr: "10.0.0.7/24" });
    expect(layout.subnet).toBeNull();
    expect(layout.subnetText).toBe("Host bits are set: did you mean 10.0.0.0/24?");
    expect(layout.parts.every((part) => part.position === null)).toBe(true);
    expect(describeLayout({ ...typed, cidr: "" }).subnetText).toBe("Enter the subnet to see its addresses");
  });

  it("flags a range outside the subnet, a reversed one, one over the gateway, and overlapping ranges", () => {
    expect(byKind({ ...typed, dhcpLast: "10.0.1.5" }).dhcp).toMatchObject({
      problem: "Not within the usable addresses of 10.0.0.0/24",
      position: null,
    });
    expect(byKind({ ...typed, staticFirst: "10.0.0.250", staticLast: "10.0.0.240" }).static).toMatchObject({
      problem: "10.0.0.250 comes after 10.0.0.240",
    });
    expect(byKind({ ...typed, dhcpFirst: "10.0.0.1" }).dhcp!.problem).toBe("Contains the gateway");
    const overlapping = byKind({ ...typed, staticFirst: "10.0.0.90" }).static!;
    expect(overlapping.problem).toBe("Overlaps the DHCP range");
    // Still drawn, so the overlap can be seen.
    expect(overlapping.position).toEqual({ x: 90 / 256, width: 110 / 256 });
  });

  it("keeps parts not typed yet apart from mistakes", () => {
    const parts = byKind({ ...typed, gateway: "", staticFirst: "", staticLast: "" });
    expect(parts.gateway).toMatchObject({ text: "Gateway …", problem: "Not set yet", position: null });
    expect(parts.static).toMatchObject({ text: "Static range … – …", problem: "Not set yet" });
    expect(byKind({ ...typed, gateway: "10.0.0.300" }).gateway!.problem).toBe("Not an IPv4 address");
    expect(byKind({ ...typed, gateway: "10.0.0.255" }).gateway!.problem).toBe("Not a usable address of 10.0.0.0/24");
  });

  it("marks allocated addresses of the subnet and leaves out anything else", () => {
    const parsed = parseCidr("10.0.0.0/24");
    if (!("subnet" in parsed)) throw new Error("subnet");
    expect(allocationMarks(parsed.subnet, ["10.0.0.100", "10.0.1.1", "nonsense", "10.0.0.128"])).toEqual([
      100 / 256,
      128 / 256,
    ]);
  });
});
