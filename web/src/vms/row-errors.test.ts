import { describe, expect, it } from "vitest";
import { errorsOfRow, rowErrors } from "./row-errors";

describe("a page's errors, placed on its rows", () => {
  const down = { message: "telemetry-billing is down", extensions: { service: "telemetry-billing" } };

  it("re-paths a VM's field under a page of names and under a ranking", () => {
    const byName = { message: "a", path: ["organization", "vms", "edges", 3, "node", "metrics"] };
    const ranked = { message: "b", path: ["organization", "vmRanking", "edges", 1, "node", "vm", "monthCost"] };
    expect(rowErrors([byName], ["organization", "vms"], ["node"])[0]!.path).toEqual(["rows", 3, "metrics"]);
    expect(rowErrors([ranked], ["organization", "vmRanking"], ["node", "vm"])[0]!.path).toEqual([
      "rows",
      1,
      "monthCost",
    ]);
  });

  it("gives each row its own errors and those without a path", () => {
    const errors = rowErrors(
      [
        { message: "a", path: ["organization", "vms", "edges", 0, "node", "health"] },
        { message: "b", path: ["organization", "vms", "edges", 1, "node", "health"] },
        down,
      ],
      ["organization", "vms"],
      ["node"],
    );
    expect(errorsOfRow(errors, 1).map((error) => error.message)).toEqual(["b", "telemetry-billing is down"]);
  });
});
