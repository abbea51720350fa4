import { type Caller, DomainError, badUserInput, conflict, isUuid, notFound, requireCaller } from "@dcx/kit";
import { isAbove, managedOrganization } from "../access/manager";
import { lockOrganization, type TenancyDb } from "../organization/organization.store";
import type { Organization } from "../organization/organization.type";
import { REVOKED } from "../session/session.lifetimes";
import { revokeSessionsOfUser } from "../session/session.store";
import { createUser, type CreateUserInput } from "./user.service";
import { countActiveOwners, findUserForUpdate, updateUser } from "./user.store";
import { type User, UserRole } from "./user.type";

const RANK: Record<UserRole, number> = {
  [UserRole.OWNER]: 2,
  [UserRole.ADMIN]: 1,
  [UserRole.BILLING]: 0,
  [UserRole.MEMBER]: 0,
  [UserRole.READ_ONLY]: 0,
};

/**
 * No one raises anyone above their own rank: within its own organisation an admin neither grants
 * the owner role nor changes or disables an owner. Owners and admins of an organisation above
 * (its reseller, the provider) act as owners of the organisations under them.
 */
function assertMayHandle(caller: Caller, organization: Organization, role: UserRole): void {
  const rank = isAbove(caller, organization) ? RANK[UserRole.OWNER] : (RANK[caller.role as UserRole] ?? 0);
  if ((RANK[role] ?? 0) > rank) throw new DomainError("FORBIDDEN", "Only an owner grants or changes the owner role");
}

/** Invites a user (creates them; they sign in with a code sent to their address). */
export async function inviteUser(db: TenancyDb, caller: Caller | null, input: CreateUserInput): Promise<User> {
  const { caller: manager, organization } = await managedOrganization(db, caller, input.organizationId);
  assertMayHandle(manager, organization, input.role);
  return createUser(db, input);
}

/**
 * Runs a change to one user in a transaction holding the user's and then the organisation's
 * row, so two changes cannot together remove the last owner.
 */
function changeUser(
  db: TenancyDb,
  caller: Caller | null,
  userId: string,
  change: (tx: TenancyDb, manager: Caller, target: User, organization: Organization) => Promise<User>,
): Promise<User> {
  requireCaller(caller);
  const missing = () => notFound("User", userId);
  if (!isUuid(userId)) throw missing();
  return db.transaction(async (tx) => {
    const target = await findUserForUpdate(tx, userId);
    if (!target) throw missing();
    const { caller: manager, organization } = await managedOrganization(tx, caller, target.organizationId, missing);
    assertMayHandle(manager, organization, target.role);
    await lockOrganization(tx, organization.id);
    return change(tx, manager, target, organization);
  });
}

async function assertNotLastOwner(tx: TenancyDb, target: User): Promise<void> {
  if (target.role !== UserRole.OWNER || target.disabledAt) return;
  if ((await countActiveOwners(tx, target.organizationId)) <= 1) {
    throw conflict("An organisation keeps at least one owner: make someone else owner first");
  }
}

export function updateUserRole(db: TenancyDb, caller: Caller | null, userId: string, role: UserRole): Promise<User> {
  return changeUser(db, caller, userId, async (tx, manager, target, organization) => {
    if (!Object.values(UserRole).includes(role)) throw badUserInput(`Unknown role ${String(role)}`, "role");
    assertMayHandle(manager, organization, role);
    if (target.role === role) return target;
    await assertNotLastOwner(tx, target);
    return updateUser(tx, target.id, { role });
  });
}

/** Disables a user: they cannot sign in, and their sessions end now. */
export function disableUser(db: TenancyDb, now: Date, caller: Caller | null, userId: string): Promise<User> {
  return changeUser(db, caller, userId, async (tx, _manager, target) => {
    if (target.disabledAt) return target;
    await assertNotLastOwner(tx, target);
    await revokeSessionsOfUser(tx, target.id, REVOKED.userDisabled, now);
    return updateUser(tx, target.id, { disabledAt: now });
  });
}
