import { describe, expect, it } from "vitest";
import { InFlightLimit } from "./in-flight-limit";

/** Work that finishes when the test says so. */
function pending() {
  let finish!: (ok: boolean) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = (ok) => (ok ? resolve("done") : reject(new Error("failed")));
  });
  return { done, finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("InFlightLimit", () => {
  it("starts no more than its limit at once, and the next in line as each one settles, failed or not", async () => {
    const limit = new InFlightLimit(2);
    const works = [pending(), pending(), pending(), pending()];
    const started: number[] = [];
    const results = works.map((work, i) =>
      limit.run(() => (started.push(i), work.done)).catch((error: Error) => error.message),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    works[1]!.finish(false);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    works[0]!.finish(true);
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    works[2]!.finish(true);
    works[3]!.finish(true);
    expect(await Promise.all(results)).toEqual(["done", "failed", "done", "done"]);
  });

  it("lets a newcomer straight in once everything has settled", async () => {
    const limit = new InFlightLimit(1);
    await limit.run(async () => "first");
    let started = false;
    const second = limit.run(async () => ((started = true), "second"));
    expect(started).toBe(true);
    expect(await second).toBe("second");
  });
});
