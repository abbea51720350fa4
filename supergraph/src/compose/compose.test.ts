import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { composeSupergraph } from "./compose";

const committed = (file: string) => readFile(path.join(repoRoot, "schema", file), "utf8");

describe("committed schemas", () => {
  it("compose without errors and match what the code prints (run `npm run compose` if not)", async () => {
    const { subgraphSdl, supergraphSdl } = await composeSupergraph();
    expect(Object.keys(subgraphSdl)).toEqual(["tenancy", "wallet", "catalog", "vms", "telemetry-billing"]);
    for (const [name, sdl] of Object.entries(subgraphSdl)) {
      expect(await committed(`${name}.graphql`), `schema/${name}.graphql is stale`).toBe(sdl);
    }
    expect(await committed("supergraph.graphql"), "schema/supergraph.graphql is stale").toBe(supergraphSdl);
  });
});
