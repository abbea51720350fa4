import { describe, expect, it } from "vitest";
import { CLIENT_GUESS_WINDOW_MS, clientBackoffSeconds, secondsUntilRoom, type WindowCount } from "./sign-in.limits";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const ago = (milliseconds: number) => new Date(NOW.getTime() - milliseconds);
const counted = (count: number, newestMsAgo: number, oldestMsAgo = newestMsAgo): WindowCount => ({
  count,
  oldest: ago(oldestMsAgo),
  newest: ago(newestMsAgo),
});

describe("sign-in limit arithmetic", () => {
  it("lets a client's first 5 wrong guesses through and makes the next wait 30 s", () => {
    expect(clientBackoffSeconds({ count: 0, oldest: null, newest: null }, NOW)).toBeNull();
    expect(clientBackoffSeconds(counted(4, 0), NOW)).toBeNull();
    expect(clientBackoffSeconds(counted(5, 0), NOW)).toBe(30);
    expect(clientBackoffSeconds(counted(5, 29_999), NOW)).toBe(1);
    expect(clientBackoffSeconds(counted(5, 30_000), NOW)).toBeNull();
  });

  it("doubles the wait with each further wrong guess up to 15 minutes", () => {
    const waits = [5, 6, 7, 8, 9, 10, 11, 40, 2000].map((count) => clientBackoffSeconds(counted(count, 0), NOW));
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900, 900]);
  });

  it("rounds a wait up to whole seconds, never to zero", () => {
    expect(clientBackoffSeconds(counted(6, 1), NOW)).toBe(60);
    expect(clientBackoffSeconds(counted(6, 59_001), NOW)).toBe(1);
  });

  it("finds room in a window when the count is under the limit or the oldest event has left", () => {
    expect(secondsUntilRoom(counted(59, 0, 0), 60, 60_000, NOW)).toBeNull();
    expect(secondsUntilRoom(counted(60, 0, 10_000), 60, 60_000, NOW)).toBe(50);
    expect(secondsUntilRoom(counted(60, 0, 59_999), 60, 60_000, NOW)).toBe(1);
  });

  it("holds a client guessing as fast as allowed to 12 wrong guesses in any hour, about 200 a day", () => {
    const day = 24 * 3_600_000;
    const guesses: number[] = [];
    // A wrong guess the moment the client may make one, for a day.
    for (let time = 0; time < day;) {
      const inWindow = guesses.filter((at) => at > time - CLIENT_GUESS_WINDOW_MS);
      const newest = inWindow.length ? new Date(Math.max(...inWindow)) : null;
      const wait = clientBackoffSeconds({ count: inWindow.length, oldest: null, newest }, new Date(time));
      if (wait === null) guesses.push(time);
      time += wait === null ? 1 : wait * 1000;
    }
    const mostInAnHour = Math.max(
      ...guesses.map((start) => guesses.filter((at) => at >= start && at < start + 3_600_000).length),
    );
    expect(mostInAnHour).toBe(12);
    expect(guesses.length).toBeGreaterThan(150);
    expect(guesses.length).toBeLessThan(250);
  });
});
