import { isUuid } from "@dcx/kit";
import type { TenancyDb } from "@dcx/tenancy";
import { sql } from "drizzle-orm";
import { rowsOf } from "./sql-text";

export interface OrganizationFacts {
  id: string;
  name: string;
  kind: string;
  parent: { id: string; name: string } | null;
  /** The organisation and every one under it: what its usage covers. */
  scopeIds: string[];
}

type Row = { id: string; name: string; kind: string; parent_id: string | null; parent_name: string | null };

/** The organisation, its parent and its scope (the tree below it), in one statement. */
export async function readOrganization(db: TenancyDb, organizationId: string): Promise<OrganizationFacts | null> {
  if (!isUuid(organizationId)) return null;
  const [row] = rowsOf<Row & { scope_ids: string[] }>(
    await db.execute(sql`
      with recursive scope(id) as (
        select id from organizations where id = ${organizationId}::uuid
        union
        select child.id from organizations child join scope on child.parent_id = scope.id
      )
      select o.id::text as id, o.name, upper(o.kind::text) as kind,
        parent.id::text as parent_id, parent.name as parent_name,
        (select json_agg(scope.id::text) from scope) as scope_ids
      from organizations o left join organizations parent on parent.id = o.parent_id
      where o.id = ${organizationId}::uuid`),
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    parent: row.parent_id ? { id: row.parent_id, name: row.parent_name! } : null,
    scopeIds: row.scope_ids,
  };
}
