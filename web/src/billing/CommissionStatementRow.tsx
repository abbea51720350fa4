import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatMoneyValue } from "../money";
import { formatBillingMonth, formatPercent } from "./billing-format";

export const CommissionStatementRow_CommissionStatementFragment = graphql(`
  fragment CommissionStatementRow_CommissionStatementFragment on CommissionStatement {
    month
    percent
    invoiceNumber
    billed {
      amount
      currency
    }
    margin {
      amount
      currency
    }
    due {
      amount
      currency
    }
    lines {
      customerId
      customerName
      invoiceNumber
      billed {
        amount
        currency
      }
      margin {
        amount
        currency
      }
      due {
        amount
        currency
      }
    }
  }
`);

/** One month's statement and, below it, its customers: what each was billed, the commission and what is due. */
export function CommissionStatementRow(props: {
  statement: FragmentType<typeof CommissionStatementRow_CommissionStatementFragment>;
}) {
  const statement = getFragmentData(CommissionStatementRow_CommissionStatementFragment, props.statement);
  return (
    <tbody data-testid="commission-statement">
      <tr>
        <th scope="row">{formatBillingMonth(statement.month)}</th>
        <td className="num">{formatPercent(statement.percent)}</td>
        <td className="num amount">{formatMoneyValue(statement.billed)}</td>
        <td className="num amount">{formatMoneyValue(statement.margin)}</td>
        <td className="num amount">{formatMoneyValue(statement.due)}</td>
        <td>{statement.invoiceNumber}</td>
      </tr>
      {statement.lines.map((line) => (
        <tr key={line.customerId} className="commission-line">
          <td>
            {line.customerName} <span className="muted">({line.invoiceNumber})</span>
          </td>
          <td />
          <td className="num amount">{formatMoneyValue(line.billed)}</td>
          <td className="num amount">{formatMoneyValue(line.margin)}</td>
          <td className="num amount">{formatMoneyValue(line.due)}</td>
          <td />
        </tr>
      ))}
    </tbody>
  );
}
