import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import type { Subnet } from "./ipv4";
import { toRangeInputs } from "./network-form";
import { describeLayout, type LayoutText } from "./network-layout";
import { RangeBar } from "./RangeBar";
import { RangeFields } from "./RangeFields";

const UpdateNetworkRangesMutation = graphql(`
  mutation UpdateNetworkRanges($id: ID!, $dhcpRange: IpRangeInput!, $staticRange: IpRangeInput!) {
    updateNetworkRanges(id: $id, dhcpRange: $dhcpRange, staticRange: $staticRange) {
      id
      dhcpRange {
        first
        last
        size
      }
      staticRange {
        first
        last
        size
      }
      freeStaticAddressCount
    }
  }
`);

interface EditRangesFormProps {
  networkId: string;
  /** The network as saved: its subnet and gateway stay, the ranges are edited. */
  saved: LayoutText;
  allocationMarks: (subnet: Subnet | null) => number[];
}

const sameRanges = (a: LayoutText, b: LayoutText) =>
  a.dhcpFirst === b.dhcpFirst &&
  a.dhcpLast === b.dhcpLast &&
  a.staticFirst === b.staticFirst &&
  a.staticLast === b.staticLast;

/**
 * Moves the DHCP/static split, drawn live over the subnet with the addresses already handed out;
 * the server refuses a static range that would leave an allocated address outside (shown here).
 */
export function EditRangesForm({ networkId, saved, allocationMarks }: EditRangesFormProps) {
  const [text, setText] = useState<LayoutText>(saved);
  const [savedNotice, setSavedNotice] = useState(false);
  const [{ fetching, error }, updateRanges] = useMutation(UpdateNetworkRangesMutation);
  const refused = fieldErrorsOf(error);
  const layout = describeLayout(text);
  const unchanged = sameRanges(text, saved);

  const submit = async () => {
    setSavedNotice(false);
    const result = await updateRanges({ id: networkId, ...toRangeInputs(text) });
    if (result.data) setSavedNotice(true);
  };

  return (
    <form
      className="network-form edit-ranges"
      data-testid="edit-ranges-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Ranges</h2>
      <RangeBar layout={layout} allocations={allocationMarks(layout.subnet)} />
      <RangeFields
        idPrefix="edit"
        text={text}
        onChange={(key, value) => {
          setSavedNotice(false);
          setText((previous) => ({ ...previous, [key]: value }));
        }}
        errors={refused.fields}
      />
      {refused.other.length > 0 && (
        <p className="field-error" role="alert" data-testid="edit-ranges-error">
          {refused.other.join(" ")}
        </p>
      )}
      {savedNotice && unchanged && (
        <p className="hint" role="status" data-testid="ranges-saved">
          Ranges saved.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={fetching || unchanged} data-testid="save-ranges">
          {fetching ? "Saving…" : "Save ranges"}
        </button>
        <button type="button" className="secondary" disabled={unchanged} onClick={() => setText(saved)}>
          Undo changes
        </button>
      </div>
    </form>
  );
}
