import { describe, expect, it } from "vitest";
import { UsedTokenIds } from "./used-token-ids";

describe("used token ids", () => {
  it("refuse an id seen before until it expires, then forget it", () => {
    let now = 1_000;
    const used = new UsedTokenIds(10, () => now);
    expect(used.claim("a", 2_000)).toBe("claimed");
    expect(used.claim("a", 2_000)).toBe("replayed");
    now = 1_999;
    expect(used.claim("a", 3_000)).toBe("replayed");
    now = 2_000;
    expect(used.claim("b", 3_000)).toBe("claimed");
    expect(used.size).toBe(1);
  });

  it("hold at most their capacity of live ids, refusing the next rather than forgetting early", () => {
    const now = 1_000;
    const used = new UsedTokenIds(3, () => now);
    for (const id of ["a", "b", "c"]) expect(used.claim(id, 5_000)).toBe("claimed");
    expect(used.claim("d", 5_000)).toBe("full");
    expect(used.claim("a", 5_000)).toBe("replayed");
    expect(used.size).toBe(3);
  });
});
