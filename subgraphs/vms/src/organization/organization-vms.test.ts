import { randomUUID } from "node:crypto";
import { customerUser, providerStaff, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms, type vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import { createVmsContext } from "../context";
import { UNCONFIGURED_VMS_DEPS } from "../vms.deps";
import { OrganizationVmsResolver } from "./organization.resolver";
import { encodeVmCursor } from "./vm-cursor";

const LIST = `query($reps: [_Any!]!, $first: Int, $after: String, $powerState: PowerState, $search: String, $order: VmOrder) {
  _entities(representations: $reps) { ... on Organization { id
    vms(first: $first, after: $after, powerState: $powerState, search: $search, order: $order) {
      totalCount edges { cursor node { id name powerState lifecycle } } pageInfo { hasNextPage endCursor } } } } }`;
const DISK = [{ label: "OS", capacityGb: 10, tier: StorageTier.STANDARD }];
const VM_BY_ID = `query($id: ID!) { vm(id: $id) { id } }`;
const FLEET = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { fleet { vmCount vcpuCount } } } }`;

interface Listed {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string; powerState: string; lifecycle: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("Organization.vms, a page at a time", () => {
  let subgraph: TestSubgraph<typeof vmsTables>;
  const org = randomUUID();
  const others: string[] = Array.from({ length: 20 }, () => randomUUID());
  // Mixed case, wildcards and a name that sorts between others only when case is ignored.
  const NAMES = ["beta", "Alpha", "gamma_1", "gammaX1", "100%-up", "100x-up", "ALPHA-2", "delta", "Epsilon", "zeta"];
  const ids = new Map<string, string>();

  const list = async (variables: Record<string, unknown>, as = customerUser(org), reps: string[] = [org]) => {
    const result = await subgraph.request<{ _entities: ({ id: string; vms: Listed | null } | null)[] }>(
      LIST,
      { reps: reps.map((id) => ({ __typename: "Organization", id })), ...variables },
      { as },
    );
    return result;
  };
  const page = async (variables: Record<string, unknown>) => {
    const result = await list(variables);
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]!.vms!;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    for (const [index, name] of NAMES.entries()) {
      const vm = await createVm(subgraph.database.db, {
        organizationId: org,
        name,
        vcpuCount: 1,
        memoryMib: 1024,
        powerState: index % 3 === 0 ? PowerState.POWERED_ON : PowerState.POWERED_OFF,
        disks: DISK,
      });
      ids.set(name, vm.id);
    }
    const setLifecycle = (name: string, lifecycle: "provisioning" | "deleting" | "deleted") =>
      subgraph.database.db
        .update(vms)
        .set({ lifecycle })
        .where(eq(vms.id, ids.get(name)!));
    await setLifecycle("delta", "deleted");
    await setLifecycle("Epsilon", "provisioning");
    await setLifecycle("zeta", "deleting");
    for (const other of others) {
      for (const name of ["web", "db", "app"]) {
        await createVm(subgraph.database.db, {
          organizationId: other,
          name,
          vcpuCount: 1,
          memoryMib: 1024,
          disks: DISK,
        });
      }
    }
  });
  afterAll(() => subgraph.close());

  const EXPECTED = ["100%-up", "100x-up", "Alpha", "ALPHA-2", "beta", "Epsilon", "gamma_1", "gammaX1", "zeta"];

  it("lists by name ignoring case, never a deleted VM, with provisioning and deleting ones and their lifecycle", async () => {
    const all = await page({ first: 200 });
    expect(all.edges.map((edge) => edge.node.name)).toEqual(EXPECTED);
    expect(all.totalCount).toBe(9);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges.at(-1)!.cursor });
    const lifecycle = Object.fromEntries(all.edges.map((edge) => [edge.node.name, edge.node.lifecycle]));
    expect(lifecycle).toMatchObject({ Epsilon: "PROVISIONING", zeta: "DELETING", beta: "READY" });
  });

  it("walks every page with the cursors, each VM exactly once, the total the same on every page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages += 1) {
      const current: Listed = await page({ first: 2, after });
      expect(current.totalCount).toBe(9);
      expect(current.edges.length).toBe(pages < 5 ? 2 : 1);
      seen.push(...current.edges.map((edge) => edge.node.name));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(EXPECTED);
  });

  it("lists Z→A with NAME_DESC, page by page, each VM once, filters and totals as A→Z", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const current: Listed = await page({ first: 4, after, order: "NAME_DESC" });
      expect(current.totalCount).toBe(9);
      seen.push(...current.edges.map((edge) => edge.node.name));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual([...EXPECTED].reverse());
    const alpha = await page({ search: "alpha", order: "NAME_DESC" });
    expect([alpha.edges.map((edge) => edge.node.name), alpha.totalCount]).toEqual([["ALPHA-2", "Alpha"], 2]);
    expect((await page({ order: "NAME_ASC" })).edges.map((edge) => edge.node.name)).toEqual(EXPECTED);
  });

  it("keeps a page stable when a VM is added before its cursor", async () => {
    const first = await page({ first: 3 });
    const vm = await createVm(subgraph.database.db, {
      organizationId: org,
      name: "aaa",
      vcpuCount: 1,
      memoryMib: 1024,
      disks: DISK,
    });
    const next = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.name)).toEqual(EXPECTED.slice(3, 6));
    await subgraph.database.db.delete(vms).where(eq(vms.id, vm.id));
  });

  it("filters by power state and by a case-insensitive substring, wildcards taken literally, the total too", async () => {
    const on = await page({ powerState: "POWERED_ON" });
    expect(on.edges.every((edge) => edge.node.powerState === "POWERED_ON")).toBe(true);
    // Every third name is on: beta, gammaX1, ALPHA-2 and zeta (delta is off, and deleted anyway).
    expect(on.edges.map((edge) => edge.node.name)).toEqual(["ALPHA-2", "beta", "gammaX1", "zeta"]);
    expect(on.totalCount).toBe(4);
    const alpha = await page({ search: "alpha" });
    expect(alpha.edges.map((edge) => edge.node.name)).toEqual(["Alpha", "ALPHA-2"]);
    expect(alpha.totalCount).toBe(2);
    expect((await page({ search: "%" })).edges.map((edge) => edge.node.name)).toEqual(["100%-up"]);
    expect((await page({ search: "A_1" })).edges.map((edge) => edge.node.name)).toEqual(["gamma_1"]);
    expect((await page({ search: "delta" })).totalCount).toBe(0);
    const both = await page({ search: "alpha", powerState: "POWERED_ON" });
    expect([both.edges.map((edge) => edge.node.name), both.totalCount]).toEqual([["ALPHA-2"], 1]);
  });

  it.each([
    ["first", { first: 0 }],
    ["first", { first: 201 }],
    ["first", { first: -1 }],
    ["after", { after: "not a cursor" }],
    ["after", { after: Buffer.from("garbage").toString("base64url") }],
    ["after", { after: encodeVmCursor({ id: "not-a-uuid", sortName: "x" }) }],
    ["after", { after: Buffer.from(`${randomUUID()}:`).toString("base64url") }],
    ["search", { search: "" }],
    ["search", { search: "x".repeat(81) }],
    ["search", { search: "a\u0000b" }],
    ["after", { after: "not a cursor", order: "NAME_DESC" }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it (%j)", async (field, variables) => {
    const result = await list(variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("accepts the bounds: first 1 and 200, search of 80 characters", async () => {
    expect((await page({ first: 1 })).edges).toHaveLength(1);
    expect((await page({ first: 200 })).edges).toHaveLength(9);
    expect((await page({ search: "x".repeat(80) })).edges).toEqual([]);
  });

  it("never returns a deleted VM by id or reference, nor counts it in the fleet", async () => {
    const deleted = ids.get("delta")!;
    expect((await subgraph.request(VM_BY_ID, { id: deleted })).data).toEqual({ vm: null });
    const entity = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Vm { id } } }`,
      {
        reps: [{ __typename: "Vm", id: deleted }],
      },
    );
    expect(entity.data).toEqual({ _entities: [null] });
    const fleet = await subgraph.request(FLEET, {
      reps: [{ __typename: "Organization", id: org, scopeOrganizationIds: [org] }],
    });
    expect(fleet.data).toEqual({ _entities: [{ fleet: { vmCount: 9, vcpuCount: 9 } }] });
  });

  it("gives an organisation the caller cannot see an empty page and a zero total", async () => {
    const result = await list({}, customerUser(others[0]!), [org]);
    expect(result.data?._entities).toEqual([null]);
    const ctx = createVmsContext(
      subgraph.database.db,
      { caller: customerUser(others[0]!), clientAddress: "127.0.0.1" },
      UNCONFIGURED_VMS_DEPS,
    );
    subgraph.database.resetQueryCount();
    const connection = await new OrganizationVmsResolver().vms({ id: org }, 50, null, null, null, ctx);
    expect(connection).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      organizationId: null,
    });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("costs two queries (the pages and the totals) for 2 or 20 organisations", async () => {
    const count = async (reps: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await list({ first: 2 }, providerStaff(), reps);
      expect(result.errors).toBeUndefined();
      const listed = result.data!._entities.map((entity) => entity!.vms!);
      expect(listed.every((vms) => vms.totalCount === 3 && vms.edges.length === 2 && vms.pageInfo.hasNextPage)).toBe(
        true,
      );
      expect(listed.every((vms) => vms.edges.map((edge) => edge.node.name).join() === "app,db")).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await count(others.slice(0, 2)), await count(others)]).toEqual([2, 2]);
  });
});
