import { describe, expect, it } from "vitest";
import { flattenEdgeErrors, nodesOf } from "./vm-pages";

describe("flattenEdgeErrors", () => {
  const prefix = ["organization", "vms"];

  it("maps an error under a node to the flat index, shifted by the rows already shown", () => {
    const errors = [{ message: "down", path: ["organization", "vms", "edges", 3, "node", "metrics"] }];
    expect(flattenEdgeErrors(errors, prefix)).toEqual([
      { message: "down", path: ["organization", "vms", 3, "metrics"] },
    ]);
    expect(flattenEdgeErrors(errors, prefix, 50)[0]!.path).toEqual(["organization", "vms", 53, "metrics"]);
  });

  it("keeps errors elsewhere, and on the connection itself, as they are", () => {
    const errors = [
      { message: "wallet", path: ["organization", "wallet"] },
      { message: "list", path: ["organization", "vms"] },
      { message: "total", path: ["organization", "vms", "totalCount"] },
      { message: "no path" },
    ];
    expect(flattenEdgeErrors(errors, prefix)).toEqual(errors);
  });
});

describe("nodesOf", () => {
  it("lists the nodes in order, and none for a missing connection", () => {
    expect(nodesOf({ edges: [{ node: 1 }, { node: 2 }] })).toEqual([1, 2]);
    expect(nodesOf(null)).toEqual([]);
  });
});
