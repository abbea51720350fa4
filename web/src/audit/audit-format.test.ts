import { describe, expect, it } from "vitest";
import { auditKindLabel } from "./audit-kinds";
import { type ActorDirectory, actorLabel, changeLines, formatAuditTime, outcomeLabel } from "./audit-format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const directory: ActorDirectory = {
  users: new Map([["u-1", "Johan Botha"]]),
  apiKeys: new Map([["k-1", "CI pipeline (dcx_key_AbCd)"]]),
  organizationName: "Adcock",
};

describe("formatAuditTime", () => {
  it("shows the instant in the zone asked for, to the second", () => {
    expect(plain(formatAuditTime("2026-11-22T06:10:05.000Z", "Africa/Johannesburg"))).toBe("22 Nov 2026, 08:10:05");
    expect(plain(formatAuditTime("2026-11-22T23:30:00.000Z", "UTC"))).toBe("22 Nov 2026, 23:30:00");
  });
});

describe("actorLabel", () => {
  it("names users and API keys from the directory", () => {
    expect(actorLabel({ kind: "USER", id: "u-1" }, directory)).toBe("Johan Botha");
    expect(actorLabel({ kind: "API_KEY", id: "k-1" }, directory)).toBe("API key CI pipeline (dcx_key_AbCd)");
  });

  it("says a user not listed acted from outside the organisation, and an unknown key is a key", () => {
    expect(actorLabel({ kind: "USER", id: "u-9" }, directory)).toBe("A user outside Adcock");
    expect(actorLabel({ kind: "API_KEY", id: "k-9" }, directory)).toBe("An API key");
  });

  it("never guesses a name when the directory could not be read", () => {
    expect(actorLabel({ kind: "USER", id: "u-1" }, null)).toBe("A user (name unavailable)");
    expect(actorLabel({ kind: "API_KEY", id: "k-1" }, null)).toBe("An API key (name unavailable)");
  });

  it("names the platform and suspensions", () => {
    expect(actorLabel({ kind: "SYSTEM", id: null }, directory)).toBe("DCX Cloud (platform)");
    expect(actorLabel({ kind: "SUSPENSION", id: "s-1" }, null)).toBe("Suspension for unpaid usage");
  });
});

describe("changeLines", () => {
  it("pairs the values of each field that changed", () => {
    expect(
      changeLines('{"powerState":"powered_on","name":"web"}', '{"powerState":"powered_off","name":"web"}'),
    ).toEqual([{ field: "powerState", before: "powered_on", after: "powered_off" }]);
  });

  it("keeps one-sided fields and shortens long values", () => {
    const lines = changeLines(
      null,
      JSON.stringify({ vcpuCount: 4, disks: [{ capacityGb: 100, tier: "x".repeat(80) }] }),
    );
    expect(lines[0]).toEqual({ field: "vcpuCount", before: null, after: "4" });
    expect(lines[1]!.before).toBeNull();
    expect(lines[1]!.after).toHaveLength(60);
    expect(lines[1]!.after!.endsWith("…")).toBe(true);
  });

  it("ignores text that is not a JSON object", () => {
    expect(changeLines("not json", "[1,2]")).toEqual([]);
  });
});

describe("labels", () => {
  it("names kinds and outcomes, and shows a kind it does not know as it is", () => {
    expect(auditKindLabel("vm.power_off")).toBe("Powered off");
    expect(auditKindLabel("vm.teleport")).toBe("vm.teleport");
    expect(outcomeLabel("DETECTED")).toBe("Detected in vCenter");
  });
});
