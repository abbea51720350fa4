import { validUuids } from "@dcx/kit";
import { inArray } from "drizzle-orm";
import { organizations } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import type { OrganizationKind } from "../organization/organization.type";
import type { InvoiceParty } from "./invoice-parties.type";

/**
 * The organisations among `ids` that exist, in one statement, each once and in the order first
 * asked for; unknown ids are left out. Ids compare as PostgreSQL does, regardless of case.
 */
export async function findInvoiceParties(db: TenancyDb, ids: readonly string[]): Promise<InvoiceParty[]> {
  const wanted = [...new Set(validUuids(ids).map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return [];
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      parentId: organizations.parentId,
      billingAddress: organizations.billingAddress,
      vatNumber: organizations.vatNumber,
    })
    .from(organizations)
    .where(inArray(organizations.id, wanted));
  const byId = new Map(rows.map((row) => [row.id, { ...row, kind: row.kind as OrganizationKind }]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}
