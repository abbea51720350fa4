import { composeServices } from "@apollo/composition";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { prettyFormatQueryPlan, QueryPlanner } from "@apollo/query-planner";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { catalogSubgraph } from "../index";

/** The part of the vms subgraph's contract the catalog builds on (vms owns Vm and VmDisk). */
const VMS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
enum StorageTier { PERFORMANCE STANDARD ARCHIVE }
type VmDisk @shareable { id: ID! label: String! capacityGb: Int! tier: StorageTier! }
type Organization @key(fields: "id") { id: ID! }
type Vm @key(fields: "id") {
  id: ID! name: String! vcpuCount: Int! memoryMib: Int! disks: [VmDisk!]! organization: Organization!
}
type Query { vms: [Vm!]! }
`;

async function composeWithVms() {
  const catalogSdl = printSubgraphSchema(await catalogSubgraph.buildSchema());
  return composeServices([
    { name: "vms", url: "http://vms/graphql", typeDefs: parse(VMS_SDL) },
    { name: "catalog", url: "http://catalog/graphql", typeDefs: parse(catalogSdl) },
  ]);
}

describe("catalog composed with the vms subgraph", () => {
  it("composes without errors or hints", async () => {
    const result = await composeWithVms();
    expect(result.errors).toBeUndefined();
    expect((result.hints ?? []).map((hint) => hint.toString())).toEqual([]);
  });

  it("plans estimatedMonthlyCost as vms fetching the sizes and owner, then the catalog pricing them", async () => {
    const { supergraphSdl } = await composeWithVms();
    const supergraph = Supergraph.build(supergraphSdl!);
    const operation = operationFromDocument(
      supergraph.schema,
      parse(`{ vms { name estimatedMonthlyCost { monthlyTotal { amount } } } }`),
    );
    const plan = prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operation));
    expect(plan).toMatch(
      /Fetch\(service: "vms"\)[\s\S]*vcpuCount[\s\S]*memoryMib[\s\S]*disks \{[\s\S]*capacityGb[\s\S]*tier/,
    );
    // The owner's id is fetched from vms and handed to the catalog with the sizes.
    const [vmsFetch, catalogFetch] = plan.split("Flatten");
    expect(vmsFetch).toMatch(/organization \{\s*id\s*\}/);
    expect(catalogFetch).toMatch(/\.\.\. on Vm \{[^=]*organization \{\s*id\s*\}[^=]*\} =>/);
    expect(plan).toMatch(/Flatten\(path: "vms\.@"\) \{\s*Fetch\(service: "catalog"\)/);
  });
});
