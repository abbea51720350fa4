import { describe, expect, it } from "vitest";
import { describeUsage, measuredCaption } from "./fleet-usage";

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ") ?? null;

describe("describeUsage", () => {
  it("gives the mean and the peak in %", () => {
    expect(plain(describeUsage({ average: 12.54, peak: 80 }))).toBe("12,5 % avg · 80 % peak");
  });

  it("keeps a real 0 %: an idle fleet is not a fleet without samples", () => {
    expect(plain(describeUsage({ average: 0, peak: 0 }))).toBe("0 % avg · 0 % peak");
  });

  it("answers null without samples, so the page says 'no data' rather than 0 %", () => {
    expect(describeUsage({ average: null, peak: null })).toBeNull();
    expect(describeUsage({ average: undefined, peak: undefined })).toBeNull();
  });

  it("marks a missing half with a dash, never a zero", () => {
    expect(plain(describeUsage({ average: 10, peak: null }))).toBe("10 % avg · — peak");
  });
});

describe("measuredCaption", () => {
  it("counts the VMs the figures come from", () => {
    expect([0, 1, 3].map(measuredCaption)).toEqual(["0 VMs measured", "1 VM measured", "3 VMs measured"]);
  });
});
