import { describe, expect, it } from "vitest";
import { type KeyValueStorage, REFRESH_TOKEN_KEY, refreshTokenStorage, storedTokenChange } from "./token-storage";

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

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

describe("refreshTokenStorage", () => {
  it("writes, reads and clears the token under one key", () => {
    const storage = memoryStorage();
    const tokens = refreshTokenStorage(storage);
    expect(tokens.read()).toBeNull();
    tokens.write("r1");
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe("r1");
    expect(tokens.read()).toBe("r1");
    tokens.clear();
    expect(storage.items.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(tokens.read()).toBeNull();
  });

  it("reads what another tab wrote to the same storage", () => {
    const storage = memoryStorage();
    const tokens = refreshTokenStorage(storage);
    tokens.write("r1");
    storage.setItem(REFRESH_TOKEN_KEY, "r2");
    expect(tokens.read()).toBe("r2");
  });

  it("sees that another tab removed the token, although this tab wrote one", () => {
    const storage = memoryStorage();
    const tokens = refreshTokenStorage(storage);
    tokens.write("r1");
    storage.removeItem(REFRESH_TOKEN_KEY);
    expect(tokens.read()).toBeNull();
  });

  it("keeps the token in memory when storage refuses access", () => {
    const tokens = refreshTokenStorage(refusing);
    tokens.write("r1");
    expect(tokens.read()).toBe("r1");
    tokens.clear();
    expect(tokens.read()).toBeNull();
  });

  it("works without any storage", () => {
    const tokens = refreshTokenStorage(null);
    expect(tokens.read()).toBeNull();
    tokens.write("r1");
    expect(tokens.read()).toBe("r1");
  });
});

describe("storedTokenChange", () => {
  it("reports the token another tab rotated to", () => {
    expect(storedTokenChange({ key: REFRESH_TOKEN_KEY, newValue: "r2" })).toEqual({ token: "r2" });
  });

  it("reports a sign-out in another tab as no token", () => {
    expect(storedTokenChange({ key: REFRESH_TOKEN_KEY, newValue: null })).toEqual({ token: null });
    expect(storedTokenChange({ key: null, newValue: null })).toEqual({ token: null });
  });

  it("ignores other keys", () => {
    expect(storedTokenChange({ key: "theme", newValue: "dark" })).toBeUndefined();
  });
});
