import { describe, expect, it } from "vitest";
import {
  formatIpv4,
  parseCidr,
  parseIpv4,
  positionOnBar,
  rangesOverlap,
  rangeSize,
  type Subnet,
  suggestLayout,
} from "./ipv4";

const subnetOf = (cidr: string): Subnet => {
  const parsed = parseCidr(cidr);
  if (!("subnet" in parsed)) throw new Error(parsed.problem);
  return parsed.subnet;
};

describe("IPv4 addresses", () => {
  it("reads dotted addresses as unsigned numbers and writes them back", () => {
    expect(parseIpv4("10.0.0.1")).toBe(167772161);
    expect(parseIpv4("255.255.255.255")).toBe(4294967295);
    expect(parseIpv4(" 192.168.1.20 ")).toBe(3232235796);
    expect(formatIpv4(167772161)).toBe("10.0.0.1");
    expect(formatIpv4(4294967295)).toBe("255.255.255.255");
  });

  it("refuses what the server refuses: leading zeros, parts above 255, the wrong number of parts", () => {
    for (const text of ["010.0.0.1", "10.0.0.256", "10.0.0", "10.0.0.1.2", "10.0.0.-1", "", "a.b.c.d", "10..0.1"]) {
      expect(parseIpv4(text), text).toBeNull();
    }
  });
});

describe("subnets", () => {
  it("reads a CIDR subnet with its size and broadcast address", () => {
    expect(parseCidr("10.20.0.0/24")).toEqual({
      subnet: { network: parseIpv4("10.20.0.0"), prefix: 24, broadcast: parseIpv4("10.20.0.255"), size: 256 },
    });
    expect(parseCidr("10.0.0.0/8")).toMatchObject({ subnet: { size: 16777216 } });
    expect(parseCidr("192.168.1.8/29")).toMatchObject({ subnet: { size: 8 } });
  });

  it("says what is wrong with one it cannot take", () => {
    expect(parseCidr("10.20.0.5/24")).toEqual({ problem: "Host bits are set: did you mean 10.20.0.0/24?" });
    expect(parseCidr("10.0.0.0/30")).toEqual({ problem: "The prefix must be /8 to /29" });
    expect(parseCidr("10.0.0.0/7")).toEqual({ problem: "The prefix must be /8 to /29" });
    expect(parseCidr("10.0.0.0")).toEqual({ problem: "Enter a subnet such as 10.20.0.0/24" });
    expect(parseCidr("fd00::/64")).toEqual({ problem: "IPv6 is not supported yet" });
  });
});

describe("ranges on the bar", () => {
  const net = subnetOf("10.0.0.0/24");

  it("places a range as fractions of the subnet's width", () => {
    const range = { first: net.network + 10, last: net.network + 99 };
    expect(rangeSize(range)).toBe(90);
    expect(positionOnBar(net, range)).toEqual({ x: 10 / 256, width: 90 / 256 });
    expect(positionOnBar(net, { first: net.network + 1, last: net.network + 1 })).toEqual({
      x: 1 / 256,
      width: 1 / 256,
    });
  });

  it("clips a range to the subnet and draws nothing for one wholly outside", () => {
    expect(positionOnBar(net, { first: net.network + 200, last: net.broadcast + 50 })).toEqual({
      x: 200 / 256,
      width: 56 / 256,
    });
    expect(positionOnBar(net, { first: net.broadcast + 1, last: net.broadcast + 9 })).toEqual({ x: 0, width: 0 });
  });

  it("tells overlapping ranges apart from touching ones", () => {
    expect(rangesOverlap({ first: 1, last: 5 }, { first: 5, last: 9 })).toBe(true);
    expect(rangesOverlap({ first: 1, last: 5 }, { first: 6, last: 9 })).toBe(false);
  });

  it("suggests the first usable address as gateway and splits the rest between DHCP and static", () => {
    const layout = suggestLayout(net);
    expect(formatIpv4(layout.gateway)).toBe("10.0.0.1");
    expect([formatIpv4(layout.dhcp.first), formatIpv4(layout.dhcp.last)]).toEqual(["10.0.0.2", "10.0.0.127"]);
    expect([formatIpv4(layout.static.first), formatIpv4(layout.static.last)]).toEqual(["10.0.0.128", "10.0.0.254"]);
    const smallest = suggestLayout(subnetOf("192.168.1.8/29"));
    expect([smallest.dhcp, smallest.static].map((range) => [formatIpv4(range.first), formatIpv4(range.last)])).toEqual([
      ["192.168.1.10", "192.168.1.11"],
      ["192.168.1.12", "192.168.1.14"],
    ]);
  });
});
