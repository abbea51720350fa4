import { describe, expect, it } from "vitest";
import { cellOf } from "./cell-outcome";

const at = ["organizations", 1, "wallet"];

describe("a table cell of a nullable field", () => {
  it("shows a value that arrived without errors under it", () => {
    const unrelated = { message: "fleet failed", path: ["organizations", 1, "fleet"] };
    expect(cellOf({ balance: "1" }, [unrelated], at, "wallet")).toEqual({ state: "value", value: { balance: "1" } });
  });

  it("keeps a null without errors (no wallet) apart from one that failed", () => {
    expect(cellOf(null, [], at, "wallet")).toEqual({ state: "none" });
    const placed = { message: "wallet failed", path: ["organizations", 1, "wallet"] };
    expect(cellOf(null, [placed], at, "wallet")).toEqual({ state: "unavailable", errors: [placed] });
  });

  it("blames its own subgraph being down, never another's", () => {
    const walletDown = { message: "wallet down", extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "wallet" } };
    const vmsDown = { message: "vms down", extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "vms" } };
    expect(cellOf(null, [walletDown, vmsDown], at, "wallet")).toEqual({ state: "unavailable", errors: [walletDown] });
    expect(cellOf(null, [vmsDown], at, "wallet")).toEqual({ state: "none" });
  });

  it("does not show a value that arrived beside errors placed under it", () => {
    const partial = { message: "balance failed", path: ["organizations", 1, "wallet", "balance"] };
    expect(cellOf({ balance: null }, [partial], at, "wallet")).toEqual({ state: "unavailable", errors: [partial] });
  });
});
