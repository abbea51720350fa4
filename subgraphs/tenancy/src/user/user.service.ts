import { badUserInput, cleanText, conflict, isUniqueViolation, isUuid } from "@dcx/kit";
import { findOrganizationsByIds, type TenancyDb } from "../organization/organization.store";
import { normalizeEmail } from "./email-address";
import { findUserByEmail, findUsersByOrganizationIds, insertUser } from "./user.store";
import { type User, UserRole } from "./user.type";

export interface CreateUserInput {
  organizationId: string;
  email: string;
  displayName: string;
  role: UserRole;
}

export const DISPLAY_NAME_MIN = 1;
export const DISPLAY_NAME_MAX = 100;

/** Adds a user to an organisation after checking every rule; on any failure nothing is written. */
export async function createUser(db: TenancyDb, input: CreateUserInput): Promise<User> {
  const email = normalizeEmail(input.email);
  const displayName = cleanText(input.displayName, {
    field: "displayName",
    label: "Display name",
    minLength: DISPLAY_NAME_MIN,
    maxLength: DISPLAY_NAME_MAX,
  });
  if (!Object.values(UserRole).includes(input.role)) {
    throw badUserInput(`Unknown role ${String(input.role)}`, "role");
  }
  const [organization] = isUuid(input.organizationId)
    ? await findOrganizationsByIds(db, [input.organizationId], "all")
    : [null];
  if (!organization) {
    throw badUserInput(`Organisation ${input.organizationId} does not exist`, "organizationId");
  }

  if (await findUserByEmail(db, email)) throw emailTaken(email);
  try {
    return await insertUser(db, { organizationId: organization.id, email, displayName, role: input.role });
  } catch (error) {
    // A concurrent request may have taken the address between the check and the insert.
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
}

/** An organisation's users (disabled ones included), by e-mail address. */
export async function listUsers(db: TenancyDb, organizationId: string): Promise<User[]> {
  const [list] = await findUsersByOrganizationIds(db, [organizationId], "all");
  return list ?? [];
}

const emailTaken = (email: string) => conflict(`A user with the e-mail address ${email} already exists`);
