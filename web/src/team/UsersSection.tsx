import { useState } from "react";
import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import type { OrganizationOption } from "../org-selection";
import { InviteUserForm } from "./InviteUserForm";
import { activeOwnerCount, grantableRoles, memberActions } from "./team-rules";
import { UserRow } from "./UserRow";

const TeamUsersQuery = graphql(`
  query TeamUsers($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      users {
        id
        role
        disabledAt
        ...UserRow_User
      }
    }
  }
`);

/** The organisation's users; owners and admins invite, change roles and disable here. */
export function UsersSection({ organization, viewer }: { organization: OrganizationOption; viewer: SessionUser }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TeamUsersQuery,
    variables: { organizationId: organization.id },
    requestPolicy: "cache-and-network",
  });
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);
  const reload = () => reexecute({ requestPolicy: "network-only" });
  const roles = grantableRoles(viewer, organization.id);

  let body;
  const users = data?.organization?.users;
  if (!users) {
    if (fetching) body = <Loading label="Loading users…" />;
    else if (data && !error) body = <p className="notice">This organisation&apos;s users cannot be shown to you.</p>;
    else body = <ErrorBanner error={error} title="Users could not be loaded" onRetry={reload} />;
  } else {
    const owners = activeOwnerCount(users);
    body = (
      <>
        <ErrorBanner error={error} onRetry={reload} />
        <div className="table-scroll">
          <table className="vm-table" data-testid="team-users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Added</th>
                {roles.length > 0 && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  actions={memberActions(viewer, organization.id, user, owners)}
                  withActions={roles.length > 0}
                  isViewer={user.id === viewer.id}
                  onChanged={reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return (
    <section className="card team-section" aria-labelledby="team-users-heading">
      <div className="section-heading">
        <h2 id="team-users-heading">Users</h2>
        {roles.length > 0 && !inviting && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setInviting(true);
              setInvited(null);
            }}
            data-testid="invite-open"
          >
            Invite user
          </button>
        )}
      </div>
      {roles.length === 0 && (
        <p className="muted" data-testid="users-read-only">
          Only owners and admins invite users, change roles and disable users.
        </p>
      )}
      {inviting && (
        <InviteUserForm
          organizationId={organization.id}
          roles={roles}
          onCancel={() => setInviting(false)}
          onInvited={(email) => {
            setInviting(false);
            setInvited(email);
            reload();
          }}
        />
      )}
      {invited && (
        <p className="notice team-done" role="status" data-testid="invite-done">
          Invited {invited}: they sign in with a code e-mailed to that address.
        </p>
      )}
      {body}
    </section>
  );
}
