import { badUserInput, conflict, isUniqueViolation, isUuid } from "@dcx/kit";
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
/** Control characters (line breaks included) never belong in a name shown in mail and UIs. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Adds a user to an organisation after checking every rule; on any failure nothing is written. */
export async function createUser(db: TenancyDb, input: CreateUserInput): Promise<User> {
  const email = normalizeEmail(input.email);
  const displayName = input.displayName.trim();
  const length = [...displayName].length;
  if (length < DISPLAY_NAME_MIN || length > DISPLAY_NAME_MAX) {
    throw badUserInput(`Display name must be ${DISPLAY_NAME_MIN}–${DISPLAY_NAME_MAX} characters`, "displayName");
  }
  if (CONTROL_CHARACTERS.test(displayName)) {
    throw badUserInput("Display name must not contain control characters", "displayName");
  }
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
