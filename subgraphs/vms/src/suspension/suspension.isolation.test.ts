import "../index";
import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVmsContext } from "../context";
import type { vmsTables } from "../db/schema";
import { createVmsSubgraph } from "../index";
import { UNCONFIGURED_VMS_DEPS } from "../vms.deps";
import { ORGANIZATION_SUSPENSION, SUSPEND, type SuspensionAnswer, trusting } from "./suspension.fixture";
import { OrganizationVmSuspensionResolver } from "./suspension.resolver";

/** `Organization.vmSuspension` is read only by whoever sees the organisation; null for everyone else. */
describe("vm suspension isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  const wallet = testServiceKeys("wallet");
  let subgraph: TestSubgraph<typeof vmsTables>;
  const suspensions: Record<string, SuspensionAnswer> = {};

  const suspend = async (organizationId: string) => {
    const client = wallet.client({ vms: subgraph.server.graphqlUrl });
    const answer = await client.request<{ suspendOrganizationVms: SuspensionAnswer }>("vms", SUSPEND, {
      org: organizationId,
      reason: `Unpaid usage of ${organizationId}`,
    });
    return answer.data!.suspendOrganizationVms;
  };
  const read = (ids: string[], as: Caller | null) =>
    subgraph.request<{ _entities: ({ id: string; vmSuspension: SuspensionAnswer | null } | null)[] }>(
      ORGANIZATION_SUSPENSION,
      { reps: ids.map((id) => ({ __typename: "Organization", id })) },
      { as },
    );

  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      createVmsSubgraph(() => UNCONFIGURED_VMS_DEPS),
      undefined,
      {
        trustedServices: trusting([wallet]),
      },
    );
    suspensions[owner] = await suspend(owner);
    suspensions[foreign] = await suspend(foreign);
  });
  afterAll(() => subgraph?.close());

  describe.each(allowed)("%s", (_, caller) => {
    it("reads the organisation's suspension", async () => {
      expect(await read([owner], caller)).toEqual({
        data: { _entities: [{ id: owner, vmSuspension: suspensions[owner] }] },
      });
    });
  });

  describe.each(denied)("%s", (_, caller) => {
    it("gets null for the organisation, and null behind it without a query", async () => {
      expect(await read([owner], caller)).toEqual({ data: { _entities: [null] } });
      const ctx = createVmsContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" }, UNCONFIGURED_VMS_DEPS);
      subgraph.database.resetQueryCount();
      expect(await new OrganizationVmSuspensionResolver().vmSuspension({ id: owner }, ctx)).toBeNull();
      expect(await ctx.loaders.activeSuspensionByOrganizationId.load(owner)).toBeNull();
      // The loader's query carries the caller's organisations; a caller who sees none costs none.
      expect(subgraph.database.queryCount()).toBe(caller ? 1 : 0);
    });
  });

  it("answers a mixed batch with only what the caller may see", async () => {
    const [, foreignReseller] = denied[1]!;
    expect((await read([owner, foreign], foreignReseller)).data?._entities).toEqual([
      null,
      { id: foreign, vmSuspension: suspensions[foreign] },
    ]);
  });

  it("is null for a visible organisation that is not suspended", async () => {
    const unsuspended = randomUUID();
    const reseller = resellerUser(randomUUID(), [unsuspended]);
    expect((await read([unsuspended], reseller)).data?._entities).toEqual([{ id: unsuspended, vmSuspension: null }]);
  });

  it("costs one query for 2 and for 20 organisations", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    for (const customer of customers) await suspend(customer);
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const listed = (await read(ids, reseller)).data?._entities ?? [];
      expect(listed.every((organization) => organization?.vmSuspension?.liftedAt === null)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(customers.slice(0, 2)), await queriesFor(customers)]).toEqual([1, 1]);
  });
});
