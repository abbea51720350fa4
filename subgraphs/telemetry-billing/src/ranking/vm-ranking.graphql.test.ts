import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBillingStep } from "../billing/billing-step";
import { monthStarting } from "../billing/bill/billing-month";
import { RUNNING, type UsageState, usageChange } from "../billing/metering/usage-change.fixture";
import { seedPrices } from "../billing/invoice/invoice.testing";
import { storeUsageChanges } from "../billing/usage-change/usage-change.store";
import type { telemetryTables } from "../db/schema";
import { createTelemetryBillingSubgraph, DEFAULT_TELEMETRY_DEPS } from "../index";
import { rollUpPending } from "../rollup/rollup.service";
import { recordPerformance } from "../sample/sample.service";
import { encodeVmRankingCursor } from "./vm-ranking.cursor";
import { VmRankingOrder } from "./vm-ranking.type";

const MARCH = monthStarting(2026, 2);
const HOUR = 3_600_000;
const NOW = new Date(MARCH.start.getTime() + 240 * HOUR + 30 * 60_000);
const ORG = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
const RESELLER = "1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d4e";
const OTHER = "2c3d4e5f-6a7b-4c8d-9e9f-0a1b2c3d4e5f";
const vm = (n: number, org = ORG) => `${org.slice(0, 8)}-0000-4000-8000-${String(n).padStart(12, "0")}`;
const [A, B, C, D, GONE, FRESH] = [vm(1), vm(2), vm(3), vm(4), vm(5), vm(6)] as const;
const FOREIGN = vm(1, OTHER);

const RANKING = `query($reps: [_Any!]!, $by: VmRankingOrder!, $first: Int, $after: String, $vmIds: [ID!], $window: MetricWindowInput) {
  _entities(representations: $reps) { ... on Organization { id
    vmRanking(by: $by, first: $first, after: $after, vmIds: $vmIds, window: $window) {
      totalCount withDataCount meteredUntil since until
      edges { cursor node { id } hasData cost { amount currency } cpuAveragePercent }
      pageInfo { hasNextPage endCursor } } } } }`;
const VM_FIGURES = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id monthCost { toDate { amount } projectedMonthEnd { amount } } metrics(window: $window) { cpu { average } } } } }`;

interface Ranking {
  totalCount: number;
  withDataCount: number;
  meteredUntil: string | null;
  since: string | null;
  until: string | null;
  edges: {
    cursor: string;
    node: { id: string };
    hasData: boolean;
    cost: { amount: string } | null;
    cpuAveragePercent: number | null;
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("Organization.vmRanking: an organisation's VMs by cost or CPU, a page at a time", () => {
  let subgraph: TestSubgraph<typeof telemetryTables>;
  const owner = customerUser(ORG);

  const request = (variables: Record<string, unknown>, as: Caller = owner, orgs: string[] = [ORG]) =>
    subgraph.request<{ _entities: ({ id: string; vmRanking: Ranking | null } | null)[] }>(
      RANKING,
      { reps: orgs.map((id) => ({ __typename: "Organization", id })), ...variables },
      { as },
    );
  const rank = async (by: VmRankingOrder, variables: Record<string, unknown> = {}, as: Caller = owner) => {
    const answer = await request({ by, ...variables }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!._entities[0]!.vmRanking!;
  };
  const ids = (ranking: Ranking) => ranking.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      createTelemetryBillingSubgraph(() => ({ ...DEFAULT_TELEMETRY_DEPS, log: () => {}, clock: () => NOW })),
    );
    const db = subgraph.database.db;
    await seedPrices(db, new Date("2025-01-01T00:00:00Z"));
    const at = (hours: number) => new Date(MARCH.start.getTime() + hours * HOUR);
    const big: UsageState = { ...RUNNING, vcpuCount: 8 };
    const off: UsageState = { ...RUNNING, poweredOn: false };
    const states: [string, string, number, UsageState][] = [
      [ORG, A, 0, RUNNING],
      [ORG, B, 0, big],
      [ORG, C, 100, RUNNING],
      [ORG, D, 0, off],
      [ORG, GONE, 0, big],
      [ORG, GONE, 50, { ...big, exists: false }],
      // Created minutes ago: nothing of it is metered yet.
      [ORG, FRESH, 240.2, RUNNING],
      [OTHER, FOREIGN, 0, { ...RUNNING, vcpuCount: 64 }],
    ];
    await storeUsageChanges(
      db,
      states.map(([org, id, hours, state], n) => usageChange(id, `c${n}`, at(hours), state, org)),
    );
    const report = await runBillingStep(db, NOW, { prices: null, log: () => {} });
    expect(report.vmCosts).toEqual({ month: "2026-03", vmCount: 6 });
    // CPU in the last day: C 80 %, A 50 %, B 20 % and 30 % (25 %), the stranger 99 %; D and FRESH none.
    const sample = (vmId: string, organizationId: string, hoursAgo: number, cpu: number) => ({
      vmId,
      organizationId,
      sampledAt: new Date(NOW.getTime() - hoursAgo * HOUR - 30 * 60_000),
      values: { cpu_usage_bp: cpu * 100 },
      uptimeSeconds: null,
    });
    await recordPerformance(db, {
      vms: [],
      samples: [
        sample(C, ORG, 1, 80),
        sample(A, ORG, 2, 50),
        sample(B, ORG, 3, 20),
        sample(B, ORG, 5, 30),
        sample(FOREIGN, OTHER, 1, 99),
      ],
      guestDisks: [],
    });
    await rollUpPending(db);
  });
  afterAll(() => subgraph.close());

  it("ranks by this month's cost, highest first, VMs without data last and deleted VMs never", async () => {
    const ranking = await rank(VmRankingOrder.MONTH_COST);
    expect(ids(ranking)).toEqual([B, A, C, D, FRESH]);
    expect(ranking.edges.map((edge) => edge.hasData)).toEqual([true, true, true, true, false]);
    expect(ranking.edges.at(-1)!.cost).toBeNull();
    expect([ranking.totalCount, ranking.withDataCount]).toEqual([5, 4]);
    expect(ranking.meteredUntil).toBe(new Date(MARCH.start.getTime() + 240 * HOUR).toISOString());
    expect([ranking.since, ranking.until]).toEqual([null, null]);
  });

  it("gives each VM exactly the figure Vm.monthCost gives it, to date and forecast", async () => {
    const figures = await subgraph.request<{
      _entities: { id: string; monthCost: { toDate: { amount: string }; projectedMonthEnd: { amount: string } } }[];
    }>(VM_FIGURES, { reps: [B, A, C, D].map((id) => ({ __typename: "Vm", id })) }, { as: owner });
    const byId = new Map(figures.data!._entities.map((entity) => [entity.id, entity.monthCost]));
    const toDate = await rank(VmRankingOrder.MONTH_COST);
    for (const edge of toDate.edges.slice(0, 4)) {
      expect(edge.cost?.amount).toBe(byId.get(edge.node.id)?.toDate.amount);
    }
    const forecast = await rank(VmRankingOrder.MONTH_FORECAST);
    expect(ids(forecast)).toEqual([B, A, C, D, FRESH]);
    for (const edge of forecast.edges.slice(0, 4)) {
      expect(edge.cost?.amount).toBe(byId.get(edge.node.id)?.projectedMonthEnd.amount);
    }
  });

  it("ranks by mean CPU over the window, as one bucket of Vm.metrics averages it", async () => {
    const ranking = await rank(VmRankingOrder.CPU_AVERAGE);
    // D and FRESH sent nothing: after the others, by id.
    expect(ids(ranking)).toEqual([C, A, B, D, FRESH]);
    expect(ranking.edges.map((edge) => edge.cpuAveragePercent)).toEqual([80, 50, 25, null, null]);
    expect([ranking.totalCount, ranking.withDataCount, ranking.meteredUntil]).toEqual([5, 3, null]);
    const window = { since: ranking.since, until: ranking.until, stepMinutes: 1440 };
    expect(new Date(ranking.until!).getTime() - new Date(ranking.since!).getTime()).toBe(24 * HOUR);
    const figures = await subgraph.request<{ _entities: { id: string; metrics: { cpu: { average: number[] } } }[] }>(
      VM_FIGURES,
      { reps: [C, A, B].map((id) => ({ __typename: "Vm", id })), window },
      { as: owner },
    );
    expect(figures.data!._entities.map((entity) => entity.metrics.cpu.average)).toEqual([[80], [50], [25]]);
    const earlier = await rank(VmRankingOrder.CPU_AVERAGE, {
      window: { since: new Date(NOW.getTime() - 6 * HOUR).toISOString(), until: new Date(NOW.getTime() - 4 * HOUR) },
    });
    expect(earlier.edges.map((edge) => [edge.node.id, edge.cpuAveragePercent])).toEqual([
      [B, 30],
      [A, null],
      [C, null],
      [D, null],
      [FRESH, null],
    ]);
  });

  it.each([VmRankingOrder.MONTH_COST, VmRankingOrder.CPU_AVERAGE])(
    "walks %s page by page with the cursors, each VM once, across the VMs without data",
    async (by) => {
      const whole = ids(await rank(by));
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page: Ranking = await rank(by, { first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...ids(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(whole);
    },
  );

  it("narrows to the VMs named, only those of the organisation", async () => {
    const ranking = await rank(VmRankingOrder.MONTH_COST, { vmIds: [C, FRESH, A, FOREIGN, GONE] });
    expect(ids(ranking)).toEqual([A, C, FRESH]);
    expect([ranking.totalCount, ranking.withDataCount]).toEqual([3, 2]);
    expect((await rank(VmRankingOrder.CPU_AVERAGE, { vmIds: [] })).totalCount).toBe(0);
  });

  it("shows another tenant's VMs to nobody: a stranger gets null, a reseller sees its customer's own VMs only", async () => {
    const stranger = await request({ by: VmRankingOrder.MONTH_COST }, customerUser(OTHER));
    expect(stranger.data?._entities).toEqual([null]);
    const reseller = resellerUser(RESELLER, [ORG]);
    expect(ids(await rank(VmRankingOrder.MONTH_COST, {}, reseller))).toEqual([B, A, C, D, FRESH]);
    expect(ids(await rank(VmRankingOrder.MONTH_COST, {}, providerStaff()))).toEqual([B, A, C, D, FRESH]);
    const own = await request({ by: VmRankingOrder.CPU_AVERAGE }, reseller, [RESELLER]);
    expect(own.data!._entities[0]!.vmRanking!.totalCount).toBe(0);
    // Named by id, the stranger's VM is still left out.
    expect(ids(await rank(VmRankingOrder.CPU_AVERAGE, { vmIds: [FOREIGN] }, providerStaff()))).toEqual([]);
    expect(await rank(VmRankingOrder.MONTH_COST, {}, customerUser(ORG, "read_only"))).toMatchObject({ totalCount: 5 });
  });

  it("costs one statement for a page of any number of organisations", async () => {
    const count = async (orgs: string[]) => {
      subgraph.database.resetQueryCount();
      const answer = await request({ by: VmRankingOrder.CPU_AVERAGE, first: 2 }, providerStaff(), orgs);
      expect(answer.errors).toBeUndefined();
      return subgraph.database.queryCount();
    };
    const many = Array.from({ length: 20 }, () => randomUUID());
    expect([await count([ORG, OTHER]), await count([ORG, ...many])]).toEqual([1, 1]);
  });

  it.each([
    ["first", { first: 0 }],
    ["first", { first: 201 }],
    ["after", { after: "not a cursor" }],
    ["after", { after: encodeVmRankingCursor(VmRankingOrder.CPU_AVERAGE, { value: "12.5", vmId: A }) }],
    ["after", { after: Buffer.from(`MONTH_COST:12.5:${A}`).toString("base64url") }],
    ["after", { after: Buffer.from("MONTH_COST::not-a-uuid").toString("base64url") }],
    ["vmIds", { vmIds: Array.from({ length: 201 }, () => randomUUID()) }],
    ["window", { window: { since: "2026-03-02T00:00:00Z", until: "2026-03-01T00:00:00Z" }, by: "CPU_AVERAGE" }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it (%#)", async (field, variables) => {
    const answer = await request({ by: VmRankingOrder.MONTH_COST, ...variables });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("keeps only the current month's costs, priced again when metering moves", async () => {
    const db = subgraph.database.db;
    const months = await db.execute(sql`select distinct month from vm_month_costs`);
    expect((months as unknown as { rows: { month: string }[] }).rows).toEqual([{ month: "2026-03" }]);
    const again = await runBillingStep(db, NOW, { prices: null, log: () => {} });
    expect(again.vmCosts).toBeNull();
    const later = await runBillingStep(db, new Date(NOW.getTime() + HOUR), { prices: null, log: () => {} });
    // An hour more: the VM created minutes before NOW has its first metered hour too.
    expect(later.vmCosts).toEqual({ month: "2026-03", vmCount: 7 });
  });
});
