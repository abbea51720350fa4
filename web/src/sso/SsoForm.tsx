import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import type { SingleSignOnSettingsQuery, UserRole } from "../gql/graphql";
import { Refusal } from "../team/Refusal";
import { ClearSingleSignOnMutation, SetSingleSignOnMutation } from "./sso-operations";
import { parseDomains } from "./sso-rules";

type Current = NonNullable<NonNullable<SingleSignOnSettingsQuery["organization"]>["singleSignOn"]>;

const ROLES: { value: UserRole; label: string }[] = [
  { value: "MEMBER", label: "Member" },
  { value: "READ_ONLY", label: "Read-only" },
  { value: "BILLING", label: "Billing" },
  { value: "ADMIN", label: "Admin" },
];

/** Which field the server named in a BAD_USER_INPUT, to mark it. */
function fieldOf(error: { graphQLErrors: { extensions?: Record<string, unknown> }[] } | undefined): string | null {
  const field = error?.graphQLErrors[0]?.extensions?.["field"];
  return typeof field === "string" ? field : null;
}

export function SsoForm(props: { organizationId: string; current: Current | null; onSaved: () => void }) {
  const { current } = props;
  const [issuer, setIssuer] = useState(current?.issuer ?? "");
  const [clientId, setClientId] = useState(current?.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [domains, setDomains] = useState((current?.emailDomains ?? []).join("\n"));
  const [allowEmailCodes, setAllowEmailCodes] = useState(current?.allowEmailCodes ?? true);
  const [jitProvisioning, setJitProvisioning] = useState(current?.jitProvisioning ?? false);
  const [jitDefaultRole, setJitDefaultRole] = useState<UserRole>(current?.jitDefaultRole ?? "MEMBER");
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, save] = useMutation(SetSingleSignOnMutation);
  const [clearing, clear] = useMutation(ClearSingleSignOnMutation);
  const invalid = fieldOf(saving.error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const result = await save({
      organizationId: props.organizationId,
      input: {
        issuer,
        clientId,
        clientSecret: clientSecret === "" ? null : clientSecret,
        emailDomains: parseDomains(domains),
        allowEmailCodes,
        jitProvisioning,
        jitDefaultRole,
      },
    });
    if (result.data) {
      setClientSecret("");
      setSaved("Saved: the identity provider answered its discovery.");
      props.onSaved();
    }
  };

  const remove = async () => {
    if (!window.confirm("Turn single sign-on off? People sign in with e-mail codes again.")) return;
    const result = await clear({ organizationId: props.organizationId });
    if (result.data) props.onSaved();
  };

  const describedBy = (field: string) => (invalid === field ? "sso-save-error" : undefined);

  return (
    <form className="sso-form card" onSubmit={(event) => void submit(event)} data-testid="sso-form">
      <p data-testid="sso-status" className={current ? "pill pill-good" : "pill"}>
        {current ? "Single sign-on is on" : "Single sign-on is off"}
      </p>
      <label htmlFor="sso-issuer">Issuer URL</label>
      <input
        id="sso-issuer"
        data-testid="sso-issuer"
        type="url"
        required
        value={issuer}
        placeholder="https://login.example.com"
        onChange={(event) => setIssuer(event.target.value)}
        aria-invalid={invalid === "issuer"}
        aria-describedby={describedBy("issuer")}
      />
      <label htmlFor="sso-client-id">Client id</label>
      <input
        id="sso-client-id"
        data-testid="sso-client-id"
        required
        value={clientId}
        onChange={(event) => setClientId(event.target.value)}
        aria-invalid={invalid === "clientId"}
        aria-describedby={describedBy("clientId")}
      />
      <label htmlFor="sso-client-secret">Client secret</label>
      <input
        id="sso-client-secret"
        data-testid="sso-client-secret"
        type="password"
        autoComplete="off"
        value={clientSecret}
        placeholder={current?.clientSecretSet ? "Set (stored encrypted); leave empty to keep it" : ""}
        onChange={(event) => setClientSecret(event.target.value)}
        aria-invalid={invalid === "clientSecret"}
        aria-describedby={describedBy("clientSecret")}
      />
      <label htmlFor="sso-domains">E-mail domains it vouches for (one per line)</label>
      <textarea
        id="sso-domains"
        data-testid="sso-domains"
        rows={3}
        value={domains}
        onChange={(event) => setDomains(event.target.value)}
        aria-invalid={invalid === "emailDomains"}
        aria-describedby={describedBy("emailDomains")}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="sso-allow-codes"
          checked={allowEmailCodes}
          onChange={(event) => setAllowEmailCodes(event.target.checked)}
        />
        People may still sign in with an e-mail code
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="sso-jit"
          checked={jitProvisioning}
          onChange={(event) => setJitProvisioning(event.target.checked)}
        />
        Create the user at their first sign-in (just-in-time provisioning)
      </label>
      <label htmlFor="sso-role">Role of users created at first sign-in</label>
      <select
        id="sso-role"
        data-testid="sso-role"
        value={jitDefaultRole}
        onChange={(event) => setJitDefaultRole(event.target.value as UserRole)}
        disabled={!jitProvisioning}
      >
        {ROLES.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </select>
      <div id="sso-save-error">
        <Refusal error={saving.error} testId="sso-save-error" />
        <Refusal error={clearing.error} testId="sso-clear-error" />
      </div>
      {saved && (
        <p role="status" className="hint" data-testid="sso-saved">
          {saved}
        </p>
      )}
      <div className="sso-actions">
        <button type="submit" className="primary" disabled={saving.fetching} data-testid="sso-save">
          {saving.fetching ? "Checking the identity provider…" : "Save"}
        </button>
        {current && (
          <button
            type="button"
            className="secondary"
            onClick={() => void remove()}
            disabled={clearing.fetching}
            data-testid="sso-clear"
          >
            Turn single sign-on off
          </button>
        )}
      </div>
    </form>
  );
}
