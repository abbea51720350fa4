import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { tenancyTables } from "../db/schema";
import { tenancySubgraph } from "../index";
import { findScopeIdsByRootIds } from "./organization-scope.store";
import { createOrganization } from "./organization.service";
import { OrganizationKind } from "./organization.type";

describe("organisation scope (for other subgraphs' roll-ups)", () => {
  let database: Database<typeof tenancyTables>;
  const ids: Record<string, string> = {};
  const sorted = (names: string[]) => names.map((name) => ids[name]!).sort();

  beforeAll(async () => {
    database = await openTestDatabase(tenancySubgraph);
    const add = async (name: string, kind: OrganizationKind, parent?: string) => {
      ids[name] = (
        await createOrganization(database.db, { name, kind, ...(parent ? { parentId: ids[parent]! } : {}) })
      ).id;
    };
    await add("Datacentrix", OrganizationKind.PROVIDER);
    await add("CloudTech", OrganizationKind.RESELLER, "Datacentrix");
    await add("Vodacom", OrganizationKind.CUSTOMER, "CloudTech");
    await add("Pick n Pay", OrganizationKind.CUSTOMER, "CloudTech");
    await add("Adcock", OrganizationKind.CUSTOMER, "Datacentrix");
  });
  afterAll(() => database.close());

  it("answers a customer itself, a reseller with its customers and the provider with everything, in one query", async () => {
    database.resetQueryCount();
    const [adcock, cloudTech, provider, unknown] = await findScopeIdsByRootIds(
      database.db,
      [ids.Adcock!, ids.CloudTech!, ids.Datacentrix!, randomUUID()],
      "all",
    );
    expect(database.queryCount()).toBe(1);
    expect(adcock).toEqual([ids.Adcock]);
    expect(cloudTech!.sort()).toEqual(sorted(["CloudTech", "Vodacom", "Pick n Pay"]));
    expect(provider!.sort()).toEqual(sorted(["Datacentrix", "CloudTech", "Vodacom", "Pick n Pay", "Adcock"]));
    expect(unknown).toEqual([]);
  });

  it("keeps only what the caller may see, and reads nothing for a caller who sees nothing", async () => {
    const [cloudTech] = await findScopeIdsByRootIds(database.db, [ids.CloudTech!], [ids.CloudTech!, ids.Vodacom!]);
    expect(cloudTech!.sort()).toEqual(sorted(["CloudTech", "Vodacom"]));
    database.resetQueryCount();
    expect(await findScopeIdsByRootIds(database.db, [ids.CloudTech!, "not-a-uuid"], [])).toEqual([[], []]);
    expect(database.queryCount()).toBe(0);
  });
});
