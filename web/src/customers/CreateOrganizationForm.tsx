import { useState } from "react";
import { useMutation } from "urql";
import { organizationKindLabel } from "../format";
import { graphql } from "../gql";
import type { OrganizationKind } from "../gql/graphql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import type { OrganizationOption } from "../org-selection";
import { CreatedOrganizationNotice } from "./CreatedOrganizationNotice";

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
    }
  }
`);

interface CreateOrganizationFormProps {
  /** The organisation shown: the new one sits directly under it. */
  parent: OrganizationOption;
  /** What the user may create here (see `creatableKinds`). */
  kinds: readonly OrganizationKind[];
  /** The organisations the table lists now, to tell when the new one appears. */
  listedIds: readonly string[];
  refresh: () => void;
}

/** A new customer (or, for the provider, a reseller) under the organisation shown. */
export function CreateOrganizationForm({ parent, kinds, listedIds, refresh }: CreateOrganizationFormProps) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrganizationKind>(kinds[0]!);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [{ fetching, error }, createOrganization] = useMutation(CreateOrganizationMutation);
  const refused = fieldErrorsOf(error);

  const submit = async () => {
    setCreated(null);
    const result = await createOrganization({ input: { name, kind, parentId: parent.id } });
    const organization = result.data?.createOrganization;
    if (organization) {
      setCreated(organization);
      setName("");
    }
  };

  return (
    <form
      className="card create-organization"
      data-testid="create-organization-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>
        New {kinds.length > 1 ? "organisation" : "customer"} under {parent.name}
      </h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="organization-name">Name</label>
          <input
            id="organization-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={Boolean(refused.fields.name)}
            aria-describedby={refused.fields.name ? "organization-name-error" : undefined}
            data-testid="organization-name"
          />
          {refused.fields.name && (
            <span className="field-error" id="organization-name-error" role="alert" data-testid="error-name">
              {refused.fields.name}
            </span>
          )}
        </div>
        {kinds.length > 1 && (
          <div className="field">
            <label htmlFor="organization-kind">Kind</label>
            <select
              id="organization-kind"
              value={kind}
              onChange={(event) => setKind(event.target.value as OrganizationKind)}
              data-testid="organization-kind"
            >
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {organizationKindLabel(option)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="primary" disabled={fetching} data-testid="create-organization">
          {fetching ? "Creating…" : `Create ${organizationKindLabel(kind).toLowerCase()}`}
        </button>
      </div>
      {refused.other.length > 0 && (
        <p className="field-error" role="alert" data-testid="create-organization-error">
          {refused.other.join(" ")}
        </p>
      )}
      {created && (
        <CreatedOrganizationNotice
          key={created.id}
          created={created}
          listed={listedIds.includes(created.id)}
          refresh={refresh}
        />
      )}
    </form>
  );
}
