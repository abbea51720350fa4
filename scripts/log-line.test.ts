import { describe, expect, it } from "vitest";
import { readableLogLine } from "./log-line";

describe("readable log lines for npm start", () => {
  it("turns a request line into operation, status, time, caller and request id", () => {
    const line = JSON.stringify({
      level: "info",
      time: "2026-11-27T03:05:26.368Z",
      service: "gateway",
      event: "request",
      requestId: "4f1c9a2e-0000",
      operation: "Dashboard",
      operationType: "query",
      organizationId: "org-1",
      status: 200,
      ms: 45,
      msg: "request",
    });
    expect(readableLogLine(line)).toBe("03:05:26 query Dashboard 200 45 ms org org-1 [4f1c9a2e-0000]");
  });

  it("shows the level when it is not info, and the fields of a warning", () => {
    const line = JSON.stringify({
      level: "warn",
      time: "2026-11-27T03:05:26.368Z",
      service: "vms",
      reason: "x",
      msg: "refused",
    });
    expect(readableLogLine(line)).toBe('03:05:26 WARN refused {"reason":"x"}');
  });

  it("passes other lines as they are", () => {
    expect(readableLogLine("plain words")).toBe("plain words");
    expect(readableLogLine("{not json")).toBe("{not json");
  });
});
