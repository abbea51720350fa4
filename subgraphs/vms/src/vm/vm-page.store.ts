import { seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, desc, eq, getTableColumns, ne, type SQL, sql } from "drizzle-orm";
import { vms } from "../db/schema";
import type { VmCursor } from "../organization/vm-cursor";
import { type VmFilter, VmOrder, type VmPageArgs } from "../organization/vm-list.args";
import { toVm } from "./vm.store";
import type { Vm } from "./vm.type";
import type { VmsDb } from "./vm.store";

export interface VmPage {
  vms: { vm: Vm; cursor: VmCursor }[];
  /** True when more VMs follow the last one of this page. */
  hasNextPage: boolean;
}

/** `%`, `_` and the escape character itself match only themselves in the pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Deleted VMs are never listed; the filters narrow the rest. Organisation and visibility come separately. */
function filterConditions(filter: VmFilter): SQL[] {
  return [
    ne(vms.lifecycle, "deleted"),
    filter.powerState ? eq(vms.powerState, filter.powerState) : undefined,
    filter.search ? sql`${vms.name} ilike ${`%${likeLiteral(filter.search)}%`}` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/**
 * One page of each organisation's VMs by name ignoring case, then id (A→Z or Z→A), in ONE query
 * for any number of organisations: a lateral sub-select per organisation reads the index
 * `vms_organization_id_name_unique` from the cursor onwards, forwards or backwards (keyset: no
 * OFFSET, so the hundredth page costs what the first does) and one row more than `first` says
 * whether another page follows.
 * Organisations outside `visible` have no VMs and are not read.
 */
export async function findVmPagesByOrganizationIds(
  db: VmsDb,
  organizationIds: readonly string[],
  args: VmPageArgs,
  visible: Visibility,
): Promise<VmPage[]> {
  const wanted = validUuids(organizationIds);
  const empty: VmPage = { vms: [], hasNextPage: false };
  if (!wanted.length || seesNothing(visible)) return organizationIds.map(() => empty);
  const sortName = sql<string>`lower(${vms.name})`;
  const descending = args.order === VmOrder.NAME_DESC;
  const direction = descending ? desc : asc;
  const afterCursor =
    args.after &&
    sql`(${sortName}, ${vms.id}) ${sql.raw(descending ? "<" : ">")} (${args.after.sortName}, ${args.after.id}::uuid)`;
  const page = db
    .select({ ...getTableColumns(vms), sortName: sortName.as("sort_name") })
    .from(vms)
    .where(
      and(
        sql`${vms.organizationId} = scope.organization_id`,
        visibleIn(vms.organizationId, visible),
        ...filterConditions(args),
        afterCursor || undefined,
      ),
    )
    .orderBy(direction(sortName), direction(vms.id))
    .limit(args.first + 1)
    .as("page");
  // The page's columns by name (selecting the sub-query itself would make it a scalar sub-select).
  const pageColumns = Object.fromEntries(
    Object.keys(getTableColumns(vms)).map((key) => [key, page[key as keyof typeof page]]),
  ) as unknown as ReturnType<typeof getTableColumns<typeof vms>>;
  const rows = await db
    .select({
      scope: sql<string>`scope.organization_id`.as("scope_id"),
      page: { ...pageColumns, sortName: page.sortName },
    })
    .from(sql`unnest(${uuidArray(wanted)}::uuid[]) as scope(organization_id)`)
    .crossJoinLateral(page);
  const byOrganization = new Map<string, (typeof rows)[number]["page"][]>();
  for (const row of rows) {
    const list = byOrganization.get(row.scope) ?? [];
    list.push(row.page);
    byOrganization.set(row.scope, list);
  }
  return organizationIds.map((id) => {
    const list = byOrganization.get(id.toLowerCase()) ?? [];
    return {
      vms: list.slice(0, args.first).map((row) => ({ vm: toVm(row), cursor: { id: row.id, sortName: row.sortName } })),
      hasNextPage: list.length > args.first,
    };
  });
}

/** How many VMs each organisation lists under `filter`, in ONE grouped query; 0 outside `visible`. */
export async function countVmsByOrganizationIds(
  db: VmsDb,
  organizationIds: readonly string[],
  filter: VmFilter,
  visible: Visibility,
): Promise<number[]> {
  const wanted = validUuids(organizationIds);
  if (!wanted.length || seesNothing(visible)) return organizationIds.map(() => 0);
  const rows = await db
    .select({ organizationId: vms.organizationId, total: sql<number>`count(*)::int`.mapWith(Number) })
    .from(vms)
    .where(
      and(
        sql`${vms.organizationId} = any(${uuidArray(wanted)}::uuid[])`,
        visibleIn(vms.organizationId, visible),
        ...filterConditions(filter),
      ),
    )
    .groupBy(vms.organizationId);
  const totals = new Map(rows.map((row) => [row.organizationId, row.total]));
  return organizationIds.map((id) => totals.get(id.toLowerCase()) ?? 0);
}
