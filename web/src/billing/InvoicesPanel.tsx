import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { errorsExplainingNull, graphQLErrorsOf } from "../graphql/errors";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { formatBillingMonth } from "./billing-format";
import { DocumentButton } from "./DocumentButton";

const BillingInvoicesQuery = graphql(`
  query BillingInvoices($organizationId: ID!, $after: String) {
    organization(id: $organizationId) {
      id
      bills(first: 12, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            number
            month
            issuedAt
            total {
              amount
              currency
            }
            pdfUrl
            csvUrl
          }
        }
      }
    }
  }
`);

/** The closed monthly bills (tax invoices), newest first, twelve at a time, each as PDF and CSV. */
export function InvoicesPanel({ organizationId }: { organizationId: string }) {
  // The cursors of the pages before this one; the last is this page's `after`.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BillingInvoicesQuery,
    variables: { organizationId, after: cursors.at(-1) ?? null },
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading invoices…" />;
    return <ErrorBanner error={error} title="The invoices could not be loaded" onRetry={retry} />;
  }
  const bills = data.organization?.bills;
  return (
    <section className="card invoices" data-testid="invoices">
      <h2>Closed invoices</h2>
      {!bills ? (
        <p>
          <Unavailable
            what="Invoices"
            errors={errorsExplainingNull(graphQLErrorsOf(error), ["organization", "bills"])}
            testId="invoices-unavailable"
          />
        </p>
      ) : bills.edges.length === 0 ? (
        <p className="placeholder" data-testid="invoices-none">
          No closed invoices yet — the first is issued after the month ends.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="vm-table">
            <thead>
              <tr>
                <th scope="col">Invoice</th>
                <th scope="col">Period</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Total (incl. VAT)
                </th>
                <th scope="col">Download</th>
              </tr>
            </thead>
            <tbody>
              {bills.edges.map(({ node }) => (
                <tr key={node.id} data-testid="invoice">
                  <th scope="row" className="vm-name">
                    {node.number}
                  </th>
                  <td>{formatBillingMonth(node.month)}</td>
                  <td>Issued {formatDateTime(node.issuedAt)}</td>
                  <td className="num amount">{formatMoneyValue(node.total)}</td>
                  <td className="invoice-downloads">
                    <DocumentButton
                      url={node.pdfUrl}
                      fileName={`${node.number}.pdf`}
                      label="PDF"
                      description={`Download invoice ${node.number} as PDF`}
                      testId="invoice-pdf"
                    />
                    <DocumentButton
                      url={node.csvUrl}
                      fileName={`${node.number}.csv`}
                      label="CSV"
                      description={`Download the lines of invoice ${node.number} as CSV`}
                      testId="invoice-csv"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(cursors.length > 1 || bills?.pageInfo.hasNextPage) && (
        <div className="pager">
          <button
            type="button"
            className="link-button"
            disabled={cursors.length === 1}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Newer
          </button>
          <button
            type="button"
            className="link-button"
            disabled={!bills?.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, bills?.pageInfo.endCursor ?? null])}
          >
            Older
          </button>
        </div>
      )}
    </section>
  );
}
