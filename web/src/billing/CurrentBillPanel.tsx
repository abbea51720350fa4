import { Fragment } from "react";
import { Unavailable } from "../components/Unavailable";
import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { FieldOutcome, PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { BillLinesTable } from "./BillLinesTable";
import { formatBillingMonth, formatFractionAsPercent } from "./billing-format";

export const CurrentBillPanel_CurrentBillFragment = graphql(`
  fragment CurrentBillPanel_CurrentBillFragment on CurrentBill {
    month
    meteredUntil
    lines {
      ...BillLinesTable_BillLineFragment
    }
    subtotal {
      amount
      currency
    }
    vatByRate {
      rate
      vat {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    projectedTotal {
      amount
      currency
    }
  }
`);

type Bill = FragmentType<typeof CurrentBillPanel_CurrentBillFragment>;

interface CurrentBillPanelProps {
  bill: FieldOutcome<Bill>;
  vmNameErrors: (line: number) => PathedError[];
}

/** The month's charges so far as billing computed them: every figure is the server's. */
export function CurrentBillPanel({ bill, vmNameErrors }: CurrentBillPanelProps) {
  if (!bill.available) {
    return (
      <section className="card current-bill" data-testid="current-bill">
        <h2>This month&apos;s bill</h2>
        <p>
          <Unavailable what="The current bill" errors={bill.errors} testId="current-bill-unavailable" />
        </p>
      </section>
    );
  }
  const current = getFragmentData(CurrentBillPanel_CurrentBillFragment, bill.value);
  return (
    <section className="card current-bill" data-testid="current-bill">
      <h2>
        This month&apos;s bill: <span data-testid="bill-month">{formatBillingMonth(current.month)}</span>
      </h2>
      <p className="hint" data-testid="bill-metered-until">
        {current.meteredUntil
          ? `Usage up to ${formatDateTime(current.meteredUntil)} is included; each hour is added once it has ended.`
          : "Nothing is metered yet this month: the first hour appears once it has ended."}
      </p>
      <dl className="estimate-totals bill-totals">
        <dt>Subtotal (excl. VAT)</dt>
        <dd data-testid="bill-subtotal">{formatMoneyValue(current.subtotal)}</dd>
        {current.vatByRate.map((vat) => (
          <Fragment key={vat.rate}>
            <dt>VAT at {formatFractionAsPercent(vat.rate)}</dt>
            <dd data-testid="bill-vat">{formatMoneyValue(vat.vat)}</dd>
          </Fragment>
        ))}
        <dt className="total">Total so far</dt>
        <dd className="total" data-testid="bill-total">
          {formatMoneyValue(current.total)}
        </dd>
        <dt>Projected month-end total</dt>
        <dd data-testid="bill-projected">{formatMoneyValue(current.projectedTotal)}</dd>
      </dl>
      <p className="hint">
        The projection assumes the last metered day&apos;s spending continues to the month&apos;s end (VAT included).
      </p>
      <BillLinesTable lines={current.lines} vmNameErrors={vmNameErrors} />
    </section>
  );
}
