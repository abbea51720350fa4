import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { defaultSubgraphUrl } from "../subgraph-urls";
import { subgraphs } from "./subgraph-list";

export interface ComposedSchemas {
  /** `schema/<subgraph>.graphql` contents, by subgraph name. */
  subgraphSdl: Record<string, string>;
  supergraphSdl: string;
}

/** Prints every subgraph's SDL from its code and composes the supergraph from them. */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const subgraphSdl: Record<string, string> = {};
  for (const subgraph of subgraphs) {
    subgraphSdl[subgraph.name] = printSubgraphSchema(await subgraph.buildSchema()) + "\n";
  }
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: defaultSubgraphUrl(subgraph.name, subgraph.defaultPort),
      typeDefs: parse(subgraphSdl[subgraph.name]!),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return { subgraphSdl, supergraphSdl: result.supergraphSdl + "\n" };
}
