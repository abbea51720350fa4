import type { SessionUser } from "../auth/session";
import { userRoleLabel } from "../format";
import { SignOutButton } from "./SignOutButton";

/** Who is signed in: name, organisation and role, and the way out. */
export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <div className="user-menu">
      <div className="signed-in-user" data-testid="signed-in-user" title={user.email}>
        <span className="user-name">{user.displayName}</span>
        <span className="user-meta">
          {user.organization.name} · {userRoleLabel(user.role)}
        </span>
      </div>
      <SignOutButton />
    </div>
  );
}
