import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("singleFlight", () => {
  it("runs the task once for callers that arrive while it is in flight", async () => {
    const pending = deferred<string>();
    let runs = 0;
    const refresh = singleFlight(() => {
      runs += 1;
      return pending.promise;
    });

    const first = refresh();
    const second = refresh();
    expect(second).toBe(first);
    pending.resolve("rotated");
    await expect(Promise.all([first, second])).resolves.toEqual(["rotated", "rotated"]);
    expect(runs).toBe(1);
  });

  it("starts a new run after the previous one settled", async () => {
    let runs = 0;
    const refresh = singleFlight(async () => ++runs);
    await expect(refresh()).resolves.toBe(1);
    await expect(refresh()).resolves.toBe(2);
  });

  it("shares a failure with every waiting caller, then allows a retry", async () => {
    const pending = deferred<string>();
    let runs = 0;
    const refresh = singleFlight(() => {
      runs += 1;
      return runs === 1 ? pending.promise : Promise.resolve("second try");
    });

    const first = refresh();
    const second = refresh();
    pending.reject(new Error("refresh token rejected"));
    await expect(first).rejects.toThrow("refresh token rejected");
    await expect(second).rejects.toThrow("refresh token rejected");
    await expect(refresh()).resolves.toBe("second try");
    expect(runs).toBe(2);
  });

  it("turns a task that throws synchronously into a rejected promise", async () => {
    const refresh = singleFlight<never>(() => {
      throw new Error("boom");
    });
    await expect(refresh()).rejects.toThrow("boom");
  });
});
