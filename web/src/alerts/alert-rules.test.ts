import { describe, expect, it } from "vitest";
import { acknowledgedBy, describeCondition, mayAcknowledgeAlerts, mayManageAlertRules } from "./alert-rules";

const ROLES = ["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"] as const;

describe("who may act on alerts, as the server decides", () => {
  it("lets owners and admins change rules", () => {
    expect(ROLES.filter(mayManageAlertRules)).toEqual(["OWNER", "ADMIN"]);
  });

  it("lets owners, admins and members acknowledge, not billing or read-only users", () => {
    expect(ROLES.filter(mayAcknowledgeAlerts)).toEqual(["OWNER", "ADMIN", "MEMBER"]);
  });
});

describe("describeCondition", () => {
  it("reads a threshold in its unit with how long it must hold", () => {
    const cpu = { metric: "CPU", operator: "GREATER_THAN", threshold: 90, unit: "%", durationMinutes: 15 } as const;
    expect(describeCondition(cpu)).toBe("CPU > 90 % for 15 min");
    expect(
      describeCondition({
        ...cpu,
        metric: "DISK_LATENCY",
        unit: "ms",
        threshold: 20.5,
        operator: "GREATER_THAN_OR_EQUAL",
      }),
    ).toBe("Disk latency ≥ 20,5 ms for 15 min");
    expect(describeCondition({ ...cpu, metric: "GUEST_DISK_USED", threshold: 85, durationMinutes: 0 })).toBe(
      "Guest disk used > 85 % on one sample",
    );
    expect(describeCondition({ ...cpu, durationMinutes: 90 })).toBe("CPU > 90 % for 1 h 30 min");
  });

  it("has no threshold for silence", () => {
    expect(
      describeCondition({
        metric: "NO_SAMPLES",
        operator: "GREATER_THAN",
        threshold: null,
        unit: "min",
        durationMinutes: 15,
      }),
    ).toBe("No samples for more than 15 min");
  });
});

describe("acknowledgedBy", () => {
  const users = [{ id: "u-1", displayName: "Johan Botha" }];
  const by = (actorId: string, actorKind: "USER" | "API_KEY" = "USER") => ({
    at: "2026-11-22T06:10:00Z",
    actorKind,
    actorId,
  });

  it("names the reader 'you', a colleague by name, anyone else by what is known", () => {
    expect(acknowledgedBy(by("u-1"), "u-1", users)).toBe("you");
    expect(acknowledgedBy(by("u-1"), "u-2", users)).toBe("Johan Botha");
    expect(acknowledgedBy(by("u-9"), "u-2", users)).toBe("a user of another organisation");
    expect(acknowledgedBy(by("k-1", "API_KEY"), "u-2", users)).toBe("an API key");
  });
});
