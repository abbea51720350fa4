import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./user-agent";

describe("describeUserAgent", () => {
  it("names the browser, its major version and the system", () => {
    expect(
      describeUserAgent(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome 131 on Linux");
    expect(
      describeUserAgent(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      ),
    ).toBe("Edge 131 on Windows");
    expect(
      describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0"),
    ).toBe("Firefox 133 on macOS");
    expect(
      describeUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari 17 on iOS");
    expect(describeUserAgent("curl/8.5.0")).toBe("curl 8");
  });

  it("shows an unknown agent as it is, shortened, and none as unknown", () => {
    expect(describeUserAgent("dcx-partner-sync/2.1")).toBe("dcx-partner-sync/2.1");
    expect(describeUserAgent("x".repeat(80))).toBe(`${"x".repeat(57)}…`);
    expect(describeUserAgent(null)).toBe("Unknown browser");
  });
});
