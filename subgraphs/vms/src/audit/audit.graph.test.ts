import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms, type vmsTables } from "../db/schema";
import { vmsSubgraph } from "../index";
import { createVm } from "../vm/vm.service";
import { StorageTier } from "../vm/vm.type";
import { type AuditEventInput, recordAuditEvents, SYSTEM_ACTOR } from "./audit.writer";

const TRAIL = `query($org: ID!, $vmId: ID, $kind: String, $since: DateTimeISO, $until: DateTimeISO, $first: Int, $after: String) {
  auditEvents(organizationId: $org, vmId: $vmId, kind: $kind, since: $since, until: $until, first: $first, after: $after) {
    edges { cursor node { id organization { id } vm { id name } vmName kind actor { kind id } outcome before after message operationId occurredAt } }
    pageInfo { hasNextPage endCursor } } }`;

interface Trail {
  edges: {
    node: {
      id: string;
      kind: string;
      vm: { id: string } | null;
      vmName: string | null;
      before: string | null;
      occurredAt: string;
    };
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("auditEvents", () => {
  let subgraph: TestSubgraph<typeof vmsTables>;
  const org = randomUUID();
  const reseller = randomUUID();
  const foreign = randomUUID();
  const userId = randomUUID();
  const operationId = randomUUID();
  let vmId: string;
  let goneVmId: string;
  const base = Date.parse("2026-03-01T10:00:00Z");
  const minutes = (n: number) => new Date(base + n * 60_000);

  const trail = async (variables: Record<string, unknown>, as: Caller | null = customerUser(org, "owner")) =>
    subgraph.request<{ auditEvents: Trail }>(TRAIL, { org, ...variables }, { as });
  const names = (result: { data?: { auditEvents: Trail } | null }) =>
    result.data!.auditEvents.edges.map((edge) => edge.node.kind);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(vmsSubgraph);
    const disk = [{ label: "OS", capacityGb: 10, tier: StorageTier.STANDARD }];
    vmId = (
      await createVm(subgraph.database.db, {
        organizationId: org,
        name: "web",
        vcpuCount: 1,
        memoryMib: 1024,
        disks: disk,
      })
    ).id;
    goneVmId = (
      await createVm(subgraph.database.db, {
        organizationId: org,
        name: "old",
        vcpuCount: 1,
        memoryMib: 1024,
        disks: disk,
      })
    ).id;
    await subgraph.database.db.update(vms).set({ lifecycle: "deleted" }).where(eq(vms.id, goneVmId));
    const event = (n: number, kind: string, extra: Partial<AuditEventInput> = {}): AuditEventInput => ({
      organizationId: org,
      vmId,
      vmName: "web",
      kind,
      actor: { kind: "user", id: userId },
      outcome: "succeeded",
      occurredAt: minutes(n),
      ...extra,
    });
    await recordAuditEvents(subgraph.database.db, [
      event(0, "vm.create", { operationId, after: { vcpuCount: 1 } }),
      event(1, "vm.power_on", { before: { powerState: "powered_off" }, after: { powerState: "powered_on" } }),
      // Three events in the same microsecond: the id breaks the tie, so none is skipped or repeated.
      event(2, "vm.reboot"),
      event(2, "vm.reboot"),
      event(2, "vm.reboot"),
      event(3, "drift.vm_changed", { actor: SYSTEM_ACTOR, outcome: "detected", message: "memory changed in vCenter" }),
      event(4, "vm.delete", { vmId: goneVmId, vmName: "old" }),
      event(5, "vm.power_off", { outcome: "failed", message: "task failed" }),
      { ...event(6, "vm.create"), organizationId: foreign, vmId: null, vmName: "foreign-vm" },
    ]);
  });
  afterAll(() => subgraph.close());

  it("lists the organisation's events newest first with every field", async () => {
    const result = await trail({});
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual([
      "vm.power_off",
      "vm.delete",
      "drift.vm_changed",
      "vm.reboot",
      "vm.reboot",
      "vm.reboot",
      "vm.power_on",
      "vm.create",
    ]);
    const edges = result.data!.auditEvents.edges;
    expect(edges[6]!.node).toMatchObject({
      organization: { id: org },
      vm: { id: vmId, name: "web" },
      actor: { kind: "USER", id: userId },
      outcome: "SUCCEEDED",
      before: '{"powerState":"powered_off"}',
      after: '{"powerState":"powered_on"}',
    });
    expect(edges[2]!.node).toMatchObject({ actor: { kind: "SYSTEM", id: null }, outcome: "DETECTED" });
    expect(edges[7]!.node).toMatchObject({ operationId, occurredAt: minutes(0).toISOString() });
    // A deleted VM is gone from the graph; its name stays on the event.
    expect(edges[1]!.node).toMatchObject({ vm: null, vmName: "old" });
  });

  it("walks every page with the cursors, each event once, through ties", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await trail({ first: 2, after });
      const page: Trail = result.data!.auditEvents;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = (await trail({})).data!.auditEvents.edges.map((edge) => edge.node.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(8);
  });

  it("filters by VM, kind and an inclusive time range", async () => {
    expect(names(await trail({ vmId: goneVmId }))).toEqual(["vm.delete"]);
    expect(names(await trail({ kind: "vm.reboot" }))).toHaveLength(3);
    expect(names(await trail({ since: minutes(3).toISOString(), until: minutes(4).toISOString() }))).toEqual([
      "vm.delete",
      "drift.vm_changed",
    ]);
    expect(names(await trail({ kind: "vm.reboot", since: minutes(3).toISOString() }))).toEqual([]);
  });

  it.each([
    ["the owner", customerUser(org, "owner")],
    ["an admin", customerUser(org, "admin")],
    ["the reseller's admin", resellerUser(reseller, [org], "admin")],
    ["the reseller's owner", resellerUser(reseller, [org], "owner")],
    ["provider staff", providerStaff()],
  ])("lets %s read the trail", async (_label, caller) => {
    expect(names(await trail({}, caller))).toHaveLength(8);
  });

  it.each([
    ["a member", customerUser(org, "member")],
    ["a billing user", customerUser(org, "billing")],
    ["a read-only user", customerUser(org, "read_only")],
    ["an API key", { ...customerUser(org, "admin"), kind: "api_key" as const }],
    ["the reseller's member", resellerUser(reseller, [org], "member")],
  ])("refuses %s with FORBIDDEN", async (_label, caller) => {
    const result = await trail({}, caller);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it.each([
    ["a foreign owner", customerUser(foreign, "owner")],
    ["a foreign reseller's admin", resellerUser(randomUUID(), [foreign], "admin")],
  ])("gives %s an empty page, exactly as for an organisation that does not exist", async (_label, caller) => {
    subgraph.database.resetQueryCount();
    const seen = await trail({}, caller);
    expect(subgraph.database.queryCount()).toBe(0);
    expect(seen).toEqual({ data: { auditEvents: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    expect(await trail({ org: randomUUID() }, caller)).toEqual(seen);
  });

  it("shows no other organisation's events even to provider staff asking for this one", async () => {
    const result = await trail({}, providerStaff());
    expect(JSON.stringify(result.data)).not.toContain("foreign-vm");
  });

  it("asks an anonymous caller to sign in", async () => {
    expect((await trail({}, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["first", { first: 0 }],
    ["first", { first: 201 }],
    ["after", { after: "garbage!" }],
    ["after", { after: Buffer.from("12:not-a-uuid").toString("base64url") }],
    ["organizationId", { org: "42" }],
    ["vmId", { vmId: "42" }],
    ["kind", { kind: " " }],
    ["until", { since: minutes(5).toISOString(), until: minutes(4).toISOString() }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it", async (field, variables) => {
    const result = await trail(variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
