import { manyByKey, seesNothing, validUuids, type Visibility } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TenancyDb } from "./organization.store";

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/**
 * For each root, the root and every organisation below it (a reseller's customers, the
 * provider's whole tree) that `visible` admits, in one recursive query for any number of roots.
 */
export async function findScopeIdsByRootIds(
  db: TenancyDb,
  rootIds: readonly string[],
  visible: Visibility,
): Promise<string[][]> {
  const wanted = validUuids(rootIds);
  if (!wanted.length || seesNothing(visible)) return rootIds.map(() => []);
  const visibleFilter =
    visible === "all" ? sql`true` : sql`scope.id = any(${uuidArray(validUuids([...visible]))}::uuid[])`;
  const result = await db.execute(sql`
    with recursive scope(root, id) as (
      select id, id from organizations where id = any(${uuidArray(wanted)}::uuid[])
      union
      select scope.root, child.id from organizations child join scope on child.parent_id = scope.id
    )
    select root::text as root, id::text as id from scope where ${visibleFilter} order by root, id`);
  const rows = (result as unknown as { rows: { root: string; id: string }[] }).rows;
  return manyByKey(rootIds, rows, (row) => row.root).map((list) => list.map((row) => row.id));
}
