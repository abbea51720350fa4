import { writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { composeSupergraph } from "./compose";

/** `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql. */
const { subgraphSdl, supergraphSdl } = await composeSupergraph();
for (const [name, sdl] of Object.entries(subgraphSdl)) {
  await writeFile(path.join(repoRoot, "schema", `${name}.graphql`), sdl);
  console.log(`wrote schema/${name}.graphql`);
}
await writeFile(path.join(repoRoot, "schema", "supergraph.graphql"), supergraphSdl);
console.log("wrote schema/supergraph.graphql");
