import { useState } from "react";
import { useMutation } from "urql";
import type { UserRole } from "../gql/graphql";
import { userRoleLabel } from "../format";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { parseInvite } from "./team-forms";
import { CreateUserMutation } from "./team-mutations";

interface InviteUserFormProps {
  organizationId: string;
  /** The roles the viewer may give here. */
  roles: readonly UserRole[];
  onInvited: (email: string) => void;
  onCancel: () => void;
}

/** Invites a person: they sign in with a code e-mailed to the address, so nothing else is sent. */
export function InviteUserForm({ organizationId, roles, onInvited, onCancel }: InviteUserFormProps) {
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<UserRole>(roles.includes("MEMBER") ? "MEMBER" : roles[0]!);
  const [checked, setChecked] = useState<{ email?: string; displayName?: string }>({});
  const [{ fetching, error }, createUser] = useMutation(CreateUserMutation);
  const server = fieldErrorsOf(error);
  const fieldError = (field: "email" | "displayName") => checked[field] ?? server.fields[field];

  const submit = async () => {
    const parsed = parseInvite({ email, displayName });
    if ("errors" in parsed) return setChecked(parsed.errors);
    setChecked({});
    const result = await createUser({ input: { organizationId, ...parsed.invite, role } });
    if (result.data) onInvited(result.data.createUser.email);
  };

  return (
    <form
      className="team-form"
      data-testid="invite-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>Invite a user</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="invite-email">E-mail address</label>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldError("email") ? true : undefined}
            aria-describedby={fieldError("email") ? "invite-email-error" : undefined}
            data-testid="invite-email"
          />
          {fieldError("email") && (
            <span className="field-error" id="invite-email-error">
              {fieldError("email")}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="invite-name">Name</label>
          <input
            id="invite-name"
            autoComplete="off"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            aria-invalid={fieldError("displayName") ? true : undefined}
            aria-describedby={fieldError("displayName") ? "invite-name-error" : undefined}
            data-testid="invite-name"
          />
          {fieldError("displayName") && (
            <span className="field-error" id="invite-name-error">
              {fieldError("displayName")}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            data-testid="invite-role"
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {userRoleLabel(option)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {server.other.length > 0 && (
        <p className="field-error" role="alert" data-testid="invite-refused">
          {server.other.join("; ")}
        </p>
      )}
      <p className="hint">They sign in with a one-time code e-mailed to this address; no password is set.</p>
      <div className="button-row">
        <button type="submit" className="primary" disabled={fetching} data-testid="invite-submit">
          {fetching ? "Inviting…" : "Invite"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
