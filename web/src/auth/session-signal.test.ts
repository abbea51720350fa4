import { describe, expect, it } from "vitest";
import { memoryStorage } from "./auth-store.testing";
import { type KeyValueStorage, SESSION_SIGNAL_KEY, sessionSignal, sessionSignalChange } from "./session-signal";

const refusing: KeyValueStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("sessionSignal", () => {
  it("raises with the sign-in time and lowers under one key", () => {
    const storage = memoryStorage();
    const signal = sessionSignal(storage);
    expect(signal.isRaised()).toBe(false);
    signal.raise(1000);
    expect([...storage.items]).toEqual([[SESSION_SIGNAL_KEY, "1000"]]);
    expect(signal.isRaised()).toBe(true);
    signal.lower();
    expect(storage.items.size).toBe(0);
    expect(signal.isRaised()).toBe(false);
  });

  it("keeps a raised signal as it is, so a refresh tells no other tab anything", () => {
    const storage = memoryStorage();
    const signal = sessionSignal(storage);
    signal.keepRaised(1000);
    expect(storage.items.get(SESSION_SIGNAL_KEY)).toBe("1000");
    signal.keepRaised(2000);
    expect(storage.items.get(SESSION_SIGNAL_KEY)).toBe("1000");
    signal.raise(3000);
    expect(storage.items.get(SESSION_SIGNAL_KEY)).toBe("3000");
  });

  it("sees what another tab did to the same storage", () => {
    const storage = memoryStorage();
    const signal = sessionSignal(storage);
    signal.raise(1000);
    storage.removeItem(SESSION_SIGNAL_KEY);
    expect(signal.isRaised()).toBe(false);
  });

  it("leaves it to the cookie while nothing is known, when storage refuses access or is missing", () => {
    for (const storage of [refusing, null]) {
      const signal = sessionSignal(storage);
      expect(signal.isRaised()).toBe(true);
      signal.lower();
      expect(signal.isRaised()).toBe(false);
      signal.raise(1000);
      expect(signal.isRaised()).toBe(true);
    }
  });
});

describe("sessionSignalChange", () => {
  it("reports a sign-in in another tab", () => {
    expect(sessionSignalChange({ key: SESSION_SIGNAL_KEY, newValue: "2000" })).toBe("signed-in");
  });

  it("reports a sign-out in another tab, or storage cleared, as signed out", () => {
    expect(sessionSignalChange({ key: SESSION_SIGNAL_KEY, newValue: null })).toBe("signed-out");
    expect(sessionSignalChange({ key: null, newValue: null })).toBe("signed-out");
  });

  it("ignores other keys", () => {
    expect(sessionSignalChange({ key: "theme", newValue: "dark" })).toBeUndefined();
  });
});
