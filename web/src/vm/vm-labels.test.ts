import { describe, expect, it } from "vitest";
import { actorLabel, elapsedLabel, ipModeLabel, toolsStatusLabel } from "./vm-labels";

describe("VM labels", () => {
  it("names VMware Tools' states, and shows an unknown one as it came", () => {
    expect(toolsStatusLabel("guestToolsRunning")).toBe("Running");
    expect(toolsStatusLabel("toolsNotInstalled")).toBe("Not installed");
    expect(toolsStatusLabel("guestToolsSomethingNew")).toBe("guestToolsSomethingNew");
    expect(toolsStatusLabel(null)).toBe("Not reported");
  });

  it("names the addressing of a network adapter", () => {
    expect([ipModeLabel("DHCP"), ipModeLabel("STATIC")]).toEqual(["DHCP", "Static"]);
  });
});

describe("operation labels", () => {
  const at = "2026-11-22T08:00:00.000Z";
  const after = (seconds: number) => new Date(Date.parse(at) + seconds * 1000).toISOString();

  it("says how long an operation took, and nothing while it runs", () => {
    expect(elapsedLabel(at, after(12))).toBe("12 s");
    expect(elapsedLabel(at, after(180))).toBe("3 min");
    expect(elapsedLabel(at, after(3900))).toBe("1 h 5 min");
    expect(elapsedLabel(at, after(7200))).toBe("2 h");
    expect(elapsedLabel(at, null)).toBeNull();
  });

  it("names who asked for it", () => {
    expect(actorLabel("SUSPENSION")).toBe("the suspension for unpaid usage");
  });
});
