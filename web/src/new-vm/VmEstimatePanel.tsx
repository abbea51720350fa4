import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatMoneyValue } from "../money";
import { formatUnitPrice, formatVatPercent } from "./vm-form";

export const VmEstimatePanel_VmEstimateFragment = graphql(`
  fragment VmEstimatePanel_VmEstimateFragment on VmEstimate {
    lines {
      description
      sku
      quantity
      unitPrice {
        amount
        currency
      }
      amount {
        amount
        currency
      }
    }
    monthlySubtotal {
      amount
      currency
    }
    hourlyRate {
      amount
      currency
    }
    vat {
      rate
      amount {
        amount
        currency
      }
    }
    monthlyTotal {
      amount
      currency
    }
  }
`);

/** The server's estimate, line by line, as it sent it: nothing is added up here. */
export function VmEstimatePanel({
  estimate,
  stale,
}: {
  estimate: FragmentType<typeof VmEstimatePanel_VmEstimateFragment>;
  stale: boolean;
}) {
  const data = getFragmentData(VmEstimatePanel_VmEstimateFragment, estimate);
  return (
    <div className={stale ? "estimate stale" : "estimate"} data-testid="vm-estimate" aria-busy={stale}>
      <table className="estimate-lines">
        <thead>
          <tr>
            <th>Item</th>
            <th className="num">Quantity</th>
            <th className="num">Unit price</th>
            <th className="num">A month</th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map((line, i) => (
            <tr key={`${line.sku}-${i}`} data-testid="estimate-line">
              <td>{line.description}</td>
              <td className="num">{line.quantity}</td>
              <td className="num">{formatUnitPrice(line.unitPrice)}</td>
              <td className="num">{formatMoneyValue(line.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="estimate-totals">
        <dt>Monthly subtotal (excl. VAT)</dt>
        <dd data-testid="estimate-subtotal">{formatMoneyValue(data.monthlySubtotal)}</dd>
        <dt>Hourly rate (excl. VAT)</dt>
        <dd data-testid="estimate-hourly">{formatMoneyValue(data.hourlyRate)}</dd>
        <dt>VAT at {formatVatPercent(data.vat.rate)}</dt>
        <dd data-testid="estimate-vat">{formatMoneyValue(data.vat.amount)}</dd>
        <dt className="total">Total a month (incl. VAT)</dt>
        <dd className="total" data-testid="estimate-total">
          {formatMoneyValue(data.monthlyTotal)}
        </dd>
      </dl>
    </div>
  );
}
