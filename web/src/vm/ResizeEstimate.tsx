import { useQuery } from "urql";
import { graphql } from "../gql";
import type { VmEstimateInput } from "../gql/graphql";
import { joinMessages } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { useDebounced } from "../new-vm/use-debounced";
import { formatDifference, monthlyDifference } from "./resize-estimate";

const ResizeEstimateQuery = graphql(`
  query ResizeEstimate($inputs: [VmEstimateInput!]!) {
    estimateVms(inputs: $inputs) {
      monthlySubtotal {
        amount
        currency
      }
    }
  }
`);

/**
 * What the resize changes a month, from the catalog: the VM as it is and as proposed, priced in
 * one `estimateVms` call (so at one instant), with its disks and without licences, excl. VAT.
 * Asked again 300 ms after the inputs stop changing; a superseded answer is greyed out.
 */
export function ResizeEstimate(props: { current: VmEstimateInput; proposed: VmEstimateInput | null }) {
  const request = props.proposed ? JSON.stringify([props.current, props.proposed]) : null;
  const settled = useDebounced(request, 300);
  const [{ data, error, fetching }] = useQuery({
    query: ResizeEstimateQuery,
    variables: { inputs: settled ? (JSON.parse(settled) as VmEstimateInput[]) : [] },
    pause: settled === null,
  });
  if (request === null) return null;
  const [current, proposed] = data?.estimateVms ?? [];
  const stale = fetching || settled !== request;
  if (error && !fetching) {
    return (
      <p className="hint" data-testid="resize-estimate-unavailable">
        Price difference unavailable: {joinMessages(error.graphQLErrors.length ? error.graphQLErrors : [error])}
      </p>
    );
  }
  if (!current || !proposed) return <p className="hint">Pricing the new size…</p>;
  const difference = monthlyDifference(current.monthlySubtotal, proposed.monthlySubtotal);
  return (
    <p className={`resize-estimate hint${stale ? " stale" : ""}`} data-testid="resize-estimate" aria-busy={stale}>
      {formatMoneyValue(current.monthlySubtotal)} → {formatMoneyValue(proposed.monthlySubtotal)} a month,{" "}
      <strong data-testid="resize-difference">{formatDifference(difference)}</strong> (excl. VAT, licences not included)
    </p>
  );
}
