import { describe, expect, it } from "vitest";
import {
  EMPTY_NETWORK_FORM,
  layoutTextOf,
  mayChangeNetworks,
  parseHolder,
  toCreateNetworkInput,
  toRangeInputs,
  withSuggestedLayout,
} from "./network-form";

describe("the network forms", () => {
  it("sends what was typed, trimmed, for the server to judge", () => {
    const form = {
      name: " app-tier ",
      cidr: "10.20.0.0/24 ",
      gateway: " 10.20.0.1",
      dhcpFirst: "10.20.0.10",
      dhcpLast: "10.20.0.99",
      staticFirst: "10.20.0.100 ",
      staticLast: "10.20.0.200",
    };
    expect(toCreateNetworkInput("org-1", form)).toEqual({
      organizationId: "org-1",
      name: "app-tier",
      cidr: "10.20.0.0/24",
      gateway: "10.20.0.1",
      dhcpRange: { first: "10.20.0.10", last: "10.20.0.99" },
      staticRange: { first: "10.20.0.100", last: "10.20.0.200" },
    });
  });

  it("suggests a gateway and ranges for a readable subnet and leaves the form alone otherwise", () => {
    expect(withSuggestedLayout({ ...EMPTY_NETWORK_FORM, name: "web", cidr: "172.16.4.0/22" })).toEqual({
      name: "web",
      cidr: "172.16.4.0/22",
      gateway: "172.16.4.1",
      dhcpFirst: "172.16.4.2",
      dhcpLast: "172.16.5.255",
      staticFirst: "172.16.6.0",
      staticLast: "172.16.7.254",
    });
    const unreadable = { ...EMPTY_NETWORK_FORM, cidr: "172.16.4.0/33" };
    expect(withSuggestedLayout(unreadable)).toBe(unreadable);
  });

  it("edits a saved network's ranges from its own values", () => {
    const text = layoutTextOf({
      cidr: "10.0.0.0/24",
      gateway: "10.0.0.1",
      dhcpRange: { first: "10.0.0.2", last: "10.0.0.50" },
      staticRange: { first: "10.0.0.51", last: "10.0.0.254" },
    });
    expect(toRangeInputs(text)).toEqual({
      dhcpRange: { first: "10.0.0.2", last: "10.0.0.50" },
      staticRange: { first: "10.0.0.51", last: "10.0.0.254" },
    });
  });

  it("offers changes to owners and admins only, as the server allows", () => {
    expect(
      ["OWNER", "ADMIN", "MEMBER", "BILLING", "READ_ONLY"].filter((role) => mayChangeNetworks(role as never)),
    ).toEqual(["OWNER", "ADMIN"]);
  });

  it("reads a VM adapter holder and nothing else", () => {
    expect(parseHolder("vm:3f2a9c1e-0b7d-4c5e-9a61-2d8e4f0b1c3a/nic:0")).toEqual({
      vmId: "3f2a9c1e-0b7d-4c5e-9a61-2d8e4f0b1c3a",
      nicPosition: 0,
    });
    expect(parseHolder("reserved for the firewall")).toBeNull();
    expect(parseHolder("vm:not-a-uuid/nic:0")).toBeNull();
  });
});
