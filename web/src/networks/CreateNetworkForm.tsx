import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { AddressField } from "./AddressField";
import { EMPTY_NETWORK_FORM, type NetworkFormText, toCreateNetworkInput, withSuggestedLayout } from "./network-form";
import { describeLayout } from "./network-layout";
import { RangeBar } from "./RangeBar";
import { RangeFields } from "./RangeFields";

const CreateNetworkMutation = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
    }
  }
`);

/**
 * A new network: name, subnet, gateway and both ranges, drawn on a bar as they are typed. The
 * server judges the rules; a refusal is shown at the field it names, anything else under the button.
 */
export function CreateNetworkForm({ organizationId }: { organizationId: string }) {
  const [form, setForm] = useState<NetworkFormText>(EMPTY_NETWORK_FORM);
  const [{ fetching, error }, createNetwork] = useMutation(CreateNetworkMutation);
  const navigate = useNavigate();
  const refused = fieldErrorsOf(error);
  const set = (key: keyof NetworkFormText) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));

  const submit = async () => {
    const result = await createNetwork(
      { input: toCreateNetworkInput(organizationId, form) },
      { additionalTypenames: ["Network"] },
    );
    const created = result.data?.createNetwork;
    if (created) void navigate({ to: "/networks/$networkId", params: { networkId: created.id } });
  };

  return (
    <form
      className="card network-form"
      data-testid="create-network-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>New network</h2>
      <div className="field-row">
        <AddressField
          id="network-name"
          label="Name"
          value={form.name}
          onChange={set("name")}
          error={refused.fields.name}
          placeholder="e.g. app-tier"
          testId="network-name"
          field="name"
        />
        <AddressField
          id="network-cidr"
          label="Subnet (CIDR)"
          value={form.cidr}
          onChange={set("cidr")}
          error={refused.fields.cidr}
          placeholder="e.g. 10.20.0.0/24"
          testId="network-cidr"
          field="cidr"
        />
        <AddressField
          id="network-gateway"
          label="Gateway"
          value={form.gateway}
          onChange={set("gateway")}
          error={refused.fields.gateway}
          placeholder="e.g. 10.20.0.1"
          testId="network-gateway"
          field="gateway"
        />
        <button
          type="button"
          className="secondary network-suggest"
          onClick={() => setForm(withSuggestedLayout)}
          data-testid="suggest-layout"
        >
          Suggest gateway and ranges
        </button>
      </div>
      <RangeFields idPrefix="create" text={form} onChange={(key, value) => set(key)(value)} errors={refused.fields} />
      <RangeBar layout={describeLayout(form)} />
      {refused.other.length > 0 && (
        <p className="field-error" role="alert" data-testid="create-network-error">
          {refused.other.join(" ")}
        </p>
      )}
      <button type="submit" className="primary" disabled={fetching} data-testid="create-network">
        {fetching ? "Creating…" : "Create network"}
      </button>
    </form>
  );
}
