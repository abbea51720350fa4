import { describe, expect, it } from "vitest";
import { currentCursor, describeRange, FIRST_PAGE, lastDayWindow, nextPage, previousPage } from "./vm-list-paging";

describe("paging the VM list", () => {
  it("walks forwards with each page's end cursor and back the way it came", () => {
    const second = nextPage(FIRST_PAGE, "c50");
    const third = nextPage(second, "c100");
    expect([currentCursor(FIRST_PAGE), currentCursor(second), currentCursor(third)]).toEqual([null, "c50", "c100"]);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });

  it("says which VMs are shown of how many", () => {
    expect(describeRange(FIRST_PAGE, 50, 50, 3300)).toBe("1–50 of 3\u00a0300");
    expect(describeRange(nextPage(FIRST_PAGE, "c"), 50, 12, 62)).toBe("51–62 of 62");
    expect(describeRange(FIRST_PAGE, 50, 0, 0)).toBe("No VMs");
  });

  it("averages CPU over the 24 hours ending with the current hour, in one bucket", () => {
    expect(lastDayWindow(new Date("2026-11-27T13:20:05Z"))).toEqual({
      since: "2026-11-26T14:00:00.000Z",
      until: "2026-11-27T14:00:00.000Z",
      stepMinutes: 1440,
    });
    expect(lastDayWindow(new Date("2026-11-27T14:00:00Z")).until).toBe("2026-11-27T15:00:00.000Z");
  });
});
