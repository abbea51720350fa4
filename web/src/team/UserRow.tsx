import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { UserRole } from "../gql/graphql";
import { formatDateTime, userRoleLabel } from "../format";
import { Refusal } from "./Refusal";
import type { MemberActions } from "./team-rules";
import { DisableUserMutation, UpdateUserRoleMutation } from "./team-mutations";

export const UserRow_UserFragment = graphql(`
  fragment UserRow_User on User {
    id
    email
    displayName
    role
    createdAt
    disabledAt
  }
`);

interface UserRowProps {
  user: FragmentType<typeof UserRow_UserFragment>;
  actions: MemberActions;
  /** Whether the table has an actions column (only for owners and admins). */
  withActions: boolean;
  isViewer: boolean;
  onChanged: () => void;
}

/** One user; an owner or admin changes the role or disables them here, confirming a disable first. */
export function UserRow({ user: ref, actions, withActions, isViewer, onChanged }: UserRowProps) {
  const user = getFragmentData(UserRow_UserFragment, ref);
  const [mode, setMode] = useState<"view" | "role" | "disable">("view");
  const [role, setRole] = useState<UserRole>(user.role);
  const [roleResult, updateRole] = useMutation(UpdateUserRoleMutation);
  const [disableResult, disableUser] = useMutation(DisableUserMutation);

  const saveRole = async () => {
    const result = await updateRole({ userId: user.id, role });
    if (result.data) {
      setMode("view");
      onChanged();
    }
  };
  const disable = async () => {
    const result = await disableUser({ userId: user.id });
    if (result.data) {
      setMode("view");
      onChanged();
    }
  };

  return (
    <tr data-testid="team-user" data-email={user.email} data-role={user.role}>
      <th scope="row">
        {user.displayName}
        {isViewer && <span className="muted"> (you)</span>}
      </th>
      <td>{user.email}</td>
      <td data-testid="team-user-role">{userRoleLabel(user.role)}</td>
      <td data-testid="team-user-status">
        {user.disabledAt ? (
          <span className="pill pill-neutral">Disabled {formatDateTime(user.disabledAt)}</span>
        ) : (
          <span className="pill pill-good">Active</span>
        )}
      </td>
      <td>{formatDateTime(user.createdAt)}</td>
      {withActions && (
        <td className="row-actions">
          {mode === "view" && (
            <>
              {actions.roles.length > 0 && (
                <button type="button" className="secondary" onClick={() => setMode("role")} data-testid="change-role">
                  Change role
                </button>
              )}
              {actions.mayDisable && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setMode("disable")}
                  data-testid="disable-user"
                >
                  Disable
                </button>
              )}
              {actions.reason && <span className="hint">{actions.reason}</span>}
            </>
          )}
          {mode === "role" && (
            <div className="inline-form">
              <select
                aria-label={`New role for ${user.displayName}`}
                value={role}
                onChange={(event) => setRole(event.target.value as UserRole)}
                data-testid="role-select"
              >
                {actions.roles.map((option) => (
                  <option key={option} value={option}>
                    {userRoleLabel(option)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="primary"
                disabled={roleResult.fetching || role === user.role}
                onClick={() => void saveRole()}
                data-testid="save-role"
              >
                Save role
              </button>
              <button type="button" className="secondary" onClick={() => setMode("view")}>
                Cancel
              </button>
              <Refusal error={roleResult.error} testId="role-refused" />
            </div>
          )}
          {mode === "disable" && (
            <div className="inline-form confirm" data-testid="disable-confirmation">
              <span>Disable {user.displayName}? They are signed out at once and can no longer sign in.</span>
              <button
                type="button"
                className="danger"
                disabled={disableResult.fetching}
                onClick={() => void disable()}
                data-testid="confirm-disable"
              >
                Disable {user.displayName}
              </button>
              <button type="button" className="secondary" onClick={() => setMode("view")}>
                Cancel
              </button>
              <Refusal error={disableResult.error} testId="disable-refused" />
            </div>
          )}
        </td>
      )}
    </tr>
  );
}
