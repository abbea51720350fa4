import { describe, expect, it } from "vitest";
import { organizationsUnder } from "./organization-tree";

const org = (id: string, parent: string | null) => ({ id, parent: parent ? { id: parent } : null });

// As the graph answers the provider: every organisation, by name.
const everyone = [
  org("adcock", "datacentrix"),
  org("cloudtech", "datacentrix"),
  org("datacentrix", null),
  org("pnp", "cloudtech"),
  org("sanlam", "datacentrix"),
  org("vodacom", "cloudtech"),
];

const shape = (rows: ReturnType<typeof organizationsUnder>) =>
  rows.map(
    (row) => `${"  ".repeat(row.depth)}${row.organization.id}@${row.index}${row.parentId ? `<${row.parentId}` : ""}`,
  );

describe("the organisations under the one shown", () => {
  it("nests each reseller's customers straight after it, in the order answered", () => {
    expect(shape(organizationsUnder(everyone, "datacentrix"))).toEqual([
      "adcock@0",
      "cloudtech@1",
      "  pnp@3<cloudtech",
      "  vodacom@5<cloudtech",
      "sanlam@4",
    ]);
  });

  it("lists a reseller's own customers only, and not the reseller itself", () => {
    const asReseller = [org("cloudtech", null), org("pnp", "cloudtech"), org("vodacom", "cloudtech")];
    expect(shape(organizationsUnder(asReseller, "cloudtech"))).toEqual(["pnp@1", "vodacom@2"]);
    expect(shape(organizationsUnder(everyone, "cloudtech"))).toEqual(["pnp@3", "vodacom@5"]);
  });

  it("leaves out organisations whose parent is not listed, and survives a loop", () => {
    expect(organizationsUnder([org("orphan", "elsewhere")], "datacentrix")).toEqual([]);
    const looped = [org("a", "root"), org("b", "a"), org("a", "b")];
    expect(shape(organizationsUnder(looped, "root"))).toEqual(["a@0", "  b@1<a"]);
  });

  it("has nothing under a customer", () => {
    expect(organizationsUnder(everyone, "adcock")).toEqual([]);
  });
});
