import { describe, expect, it } from "vitest";
import { alertResolutionLabel, alertValues, severityLabel } from "./alert-labels";

describe("alert labels", () => {
  it("names severities and why an alert resolved", () => {
    expect(severityLabel("CRITICAL")).toBe("Critical");
    expect(severityLabel("WARNING")).toBe("Warning");
    expect(alertResolutionLabel("CONDITION_CLEARED")).toBe("condition cleared");
    expect(alertResolutionLabel("VM_POWERED_OFF")).toBe("VM powered off");
    expect(alertResolutionLabel("RULE_DELETED")).toBe("rule deleted");
  });

  it("states the values an alert recorded, in its unit", () => {
    expect(alertValues({ unit: "%", firedValue: 91.5, peakValue: 97 })).toBe("91,5 % when it fired, worst 97 %");
    expect(alertValues({ unit: "%", firedValue: 95, peakValue: 95 })).toBe("95 % when it fired");
  });

  it("states no value for an alert about missing samples, never a 0", () => {
    expect(alertValues({ unit: "min", firedValue: null, peakValue: null })).toBe("");
  });
});
