import { describe, expect, it } from "vitest";
import { formatIpv4, parseCidr, parseIpv4 } from "./ipv4";

const refusal = (field: string, message: string | RegExp) =>
  expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT", field } });

describe("parseIpv4", () => {
  it("reads dotted quads at both ends of the address space", () => {
    expect(parseIpv4("0.0.0.0", "ip", "IP")).toBe(0);
    expect(parseIpv4("255.255.255.255", "ip", "IP")).toBe(2 ** 32 - 1);
    expect(parseIpv4(" 10.20.30.40 ", "ip", "IP")).toBe(((10 * 256 + 20) * 256 + 30) * 256 + 40);
    expect(formatIpv4(parseIpv4("192.168.1.254", "ip", "IP"))).toBe("192.168.1.254");
  });

  it.each([
    ["a part above 255", "10.0.0.256"],
    ["a leading zero (octal to some tools)", "10.0.0.010"],
    ["three parts", "10.0.0"],
    ["five parts", "10.0.0.1.5"],
    ["a negative part", "10.0.-1.1"],
    ["a host name", "gateway.local"],
    ["an empty string", ""],
  ])("refuses %s", (_label, text) => {
    expect(() => parseIpv4(text, "gateway", "The gateway")).toThrow(refusal("gateway", /is not an IPv4 address/));
  });

  it("says plainly that IPv6 is not supported yet", () => {
    expect(() => parseIpv4("fe80::1", "gateway", "The gateway")).toThrow(
      refusal("gateway", /^IPv6 is not supported yet/),
    );
  });
});

describe("parseCidr", () => {
  it("accepts /8 (the largest) and /29 (the smallest) and knows the broadcast address", () => {
    const eight = parseCidr("10.0.0.0/8");
    expect([formatIpv4(eight.network), eight.prefix, formatIpv4(eight.broadcast)]).toEqual([
      "10.0.0.0",
      8,
      "10.255.255.255",
    ]);
    const small = parseCidr("192.168.7.8/29");
    expect([formatIpv4(small.network), small.prefix, formatIpv4(small.broadcast)]).toEqual([
      "192.168.7.8",
      29,
      "192.168.7.15",
    ]);
  });

  it.each([
    ["/7, just too large", "10.0.0.0/7", /\/7 is too large/],
    ["/0", "0.0.0.0/0", /\/0 is too large/],
    ["/30, just too small for a gateway and two ranges", "10.0.0.0/30", /\/30 is too small/],
    ["/31", "10.0.0.0/31", /\/31 is too small/],
    ["/32", "10.0.0.1/32", /\/32 is too small/],
    ["/33", "10.0.0.0/33", /not an IPv4 prefix/],
    ["host bits set", "10.0.0.5/24", /host bits set; did you mean 10\.0\.0\.0\/24\?/],
    ["no prefix", "10.0.0.0", /CIDR form/],
    ["two prefixes", "10.0.0.0/24/8", /CIDR form/],
    ["a bad address", "10.0.0.300/24", /not an IPv4 address/],
    ["IPv6", "2001:db8::/64", /^IPv6 is not supported yet/],
  ])("refuses %s", (_label, text, message) => {
    expect(() => parseCidr(text)).toThrow(refusal("cidr", message));
  });
});
