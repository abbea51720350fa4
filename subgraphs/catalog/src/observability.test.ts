import { seriesValue, startTestSubgraph, type TestSubgraph, testPostgresUrl } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogSubgraph } from "./index";

describe("catalog subgraph: metrics and readiness", () => {
  let catalog: TestSubgraph<Record<string, unknown>>;
  beforeAll(async () => {
    catalog = await startTestSubgraph(catalogSubgraph);
  });
  // The second test closes the database itself.
  afterAll(async () => {
    await catalog?.server.close();
    await catalog?.database.close().catch(() => undefined);
  });

  it("reports its database pool on a PostgreSQL server (an embedded database has none)", async () => {
    await catalog.request("{ __typename }");
    const text = await (await fetch(`${catalog.server.url}/metrics`)).text();
    const total = seriesValue(text, "dcx_db_pool_connections", { service: "catalog", state: "total" });
    if (testPostgresUrl()) {
      expect(total).toBeGreaterThanOrEqual(1);
      expect(seriesValue(text, "dcx_db_pool_connections", { state: "waiting" })).toBe(0);
    } else {
      expect(total).toBeUndefined();
    }
  });

  it("is ready while its database answers, and says so when it does not", async () => {
    expect((await fetch(`${catalog.server.url}/ready`)).status).toBe(200);
    await catalog.database.close();
    const answer = await fetch(`${catalog.server.url}/ready`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ status: "unavailable", subgraph: "catalog" });
  });
});
