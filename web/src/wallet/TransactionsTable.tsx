import { NewerOlderPager, useCursorStack } from "../components/NewerOlderPager";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { entryKindLabel } from "./wallet-rules";

const WalletTransactionsQuery = graphql(`
  query WalletTransactions($organizationId: ID!, $after: String) {
    organization(id: $organizationId) {
      id
      wallet {
        id
        transactions(first: 15, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              kind
              description
              createdAt
              amount {
                amount
                currency
              }
            }
          }
        }
      }
    }
  }
`);

/** The ledger, newest first, a page at a time ("Older" / "Newer" walk the cursors). */
export function TransactionsTable({ organizationId }: { organizationId: string }) {
  const pages = useCursorStack();
  const after = pages.after;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WalletTransactionsQuery,
    variables: { organizationId, after },
    requestPolicy: "cache-and-network",
  });
  const page = data?.organization?.wallet?.transactions;
  if (!page) {
    if (fetching) return <Loading label="Loading transactions…" />;
    return (
      <ErrorBanner
        error={error}
        title="Transactions could not be loaded"
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  return (
    <section className="card transactions" data-testid="transactions">
      <h2>
        Transactions <span className="muted">({page.totalCount})</span>
      </h2>
      {page.edges.length === 0 ? (
        <p className="placeholder">No transactions yet.</p>
      ) : (
        <table className="vm-table">
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>Description</th>
              <th className="numeric">Amount</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }) => (
              <tr key={node.id} data-testid="transaction">
                <td>{formatDateTime(node.createdAt)}</td>
                <td>{entryKindLabel(node.kind)}</td>
                <td>{node.description}</td>
                <td className={node.amount.amount.startsWith("-") ? "numeric amount negative" : "numeric amount"}>
                  {formatMoneyValue(node.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewerOlderPager stack={pages} pageInfo={page.pageInfo} testIdPrefix="transactions" />
    </section>
  );
}
