import { badUserInput, cleanText, conflict, isUniqueViolation } from "@dcx/kit";
import {
  findOrganizationByName,
  findOrganizationsByIds,
  insertOrganization,
  listOrganizations,
  type TenancyDb,
} from "./organization.store";
import { type Organization, OrganizationKind } from "./organization.type";

export interface CreateOrganizationInput {
  name: string;
  kind: OrganizationKind;
  parentId?: string | null;
}

/** Which kinds of organisation may sit directly under which: one reseller level only. */
const ALLOWED_PARENT: Record<OrganizationKind, readonly OrganizationKind[]> = {
  [OrganizationKind.PROVIDER]: [],
  [OrganizationKind.RESELLER]: [OrganizationKind.PROVIDER],
  [OrganizationKind.CUSTOMER]: [OrganizationKind.PROVIDER, OrganizationKind.RESELLER],
};

export const NAME_MIN = 2;
export const NAME_MAX = 100;

/**
 * Creates an organisation after checking every rule; on any failure nothing is written.
 */
export async function createOrganization(db: TenancyDb, input: CreateOrganizationInput): Promise<Organization> {
  const name = cleanText(input.name, { field: "name", label: "Name", minLength: NAME_MIN, maxLength: NAME_MAX });
  if (!Object.values(OrganizationKind).includes(input.kind)) {
    throw badUserInput(`Unknown organisation kind ${String(input.kind)}`, "kind");
  }

  const parentId = input.parentId ?? null;
  if (input.kind === OrganizationKind.PROVIDER) {
    if (parentId) throw badUserInput("The provider has no parent", "parentId");
    if ((await listOrganizations(db, OrganizationKind.PROVIDER)).length > 0) {
      throw conflict("The platform already has a provider");
    }
  } else {
    if (!parentId) throw badUserInput(`A ${input.kind} needs a parent organisation`, "parentId");
    const [parent] = await findOrganizationsByIds(db, [parentId], "all");
    if (!parent) throw badUserInput(`Parent organisation ${parentId} does not exist`, "parentId");
    if (!ALLOWED_PARENT[input.kind].includes(parent.kind)) {
      throw badUserInput(`A ${input.kind} cannot sit under a ${parent.kind}`, "parentId");
    }
  }

  if (await findOrganizationByName(db, name)) {
    throw conflict(`An organisation named "${name}" already exists`);
  }
  try {
    return await insertOrganization(db, { name, kind: input.kind, parentId });
  } catch (error) {
    // A concurrent request may have taken the name between the check and the insert.
    if (isUniqueViolation(error)) throw conflict(`An organisation named "${name}" already exists`);
    throw error;
  }
}
