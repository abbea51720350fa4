import type { VmsDb } from "@dcx/vms";
import { sql } from "drizzle-orm";
import { encodeVmCursor } from "../../../subgraphs/vms/src/organization/vm-cursor";
import { arrayParam, rowsOf } from "./sql-text";

/** A VM of the page as the inventory holds it; tiers are the stored (lower-case) values. */
export interface PageVm {
  id: string;
  name: string;
  powerState: string;
  vcpuCount: number;
  memoryMib: number;
  disks: { id: string; capacityGb: number; tier: "performance" | "standard" | "archive" }[];
}

export interface VmPage {
  totalCount: number;
  vms: PageVm[];
  hasNextPage: boolean;
  endCursor: string | null;
}

type Row = {
  total_count: number;
  id: string | null;
  name: string;
  power_state: string;
  vcpu_count: number;
  memory_mib: number;
  sort_name: string;
  disks: PageVm["disks"];
};

/**
 * The first `first` VMs by name ignoring case, then id (deleted ones never), with their disks in
 * order and the organisation's total, in one statement. One row more than the page says whether
 * another follows; the cursor is the vms subgraph's own encoding of the last VM's sort key.
 */
export async function readVmPage(db: VmsDb, organizationId: string, first: number): Promise<VmPage> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with page as (
        select v.id, v.name, v.power_state, v.vcpu_count, v.memory_mib, lower(v.name) as sort_name
        from vms v
        where v.organization_id = ${organizationId}::uuid and v.lifecycle <> 'deleted'
        order by lower(v.name), v.id
        limit ${first + 1}::int
      )
      select total.count as total_count, page.id::text as id, page.name, upper(page.power_state::text) as power_state,
        page.vcpu_count, page.memory_mib, page.sort_name, coalesce(disks.list, '[]'::json) as disks
      from (
        select count(*)::int as count from vms
        where organization_id = ${organizationId}::uuid and lifecycle <> 'deleted'
      ) total
      left join page on true
      left join lateral (
        select json_agg(json_build_object('id', d.id::text, 'capacityGb', d.capacity_gb, 'tier', d.tier) order by d.position) as list
        from vm_disks d where d.vm_id = page.id
      ) disks on true
      order by page.sort_name, page.id`),
  );
  const listed = rows.filter((row) => row.id !== null).slice(0, first);
  const last = listed.at(-1);
  return {
    totalCount: rows[0]?.total_count ?? 0,
    vms: listed.map((row) => ({
      id: row.id!,
      name: row.name,
      powerState: row.power_state,
      vcpuCount: row.vcpu_count,
      memoryMib: row.memory_mib,
      disks: row.disks,
    })),
    hasNextPage: rows.length > first,
    endCursor: last ? encodeVmCursor({ id: last.id!, sortName: last.sort_name }) : null,
  };
}

/** Names of VMs outside the page (an open alert may be on any VM of the organisation). */
export async function readVmNames(db: VmsDb, organizationId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; name: string }>(
    await db.execute(sql`
      select id::text as id, name from vms
      where id = any(${arrayParam(ids, "uuid")}) and organization_id = ${organizationId}::uuid
        and lifecycle <> 'deleted'`),
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
