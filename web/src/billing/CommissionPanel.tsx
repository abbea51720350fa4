import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { errorsExplainingNull, graphQLErrorsOf } from "../graphql/errors";
import { formatBillingMonth, formatPercent } from "./billing-format";
import { billingMonthOf, commissionInForce } from "./commission";
import { CommissionStatementRow } from "./CommissionStatementRow";

const ResellerCommissionQuery = graphql(`
  query ResellerCommission($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      resellerCommissions {
        fromMonth
        percent
        setAt
      }
      commissionStatements(first: 12) {
        edges {
          node {
            id
            ...CommissionStatementRow_CommissionStatementFragment
          }
        }
      }
    }
  }
`);

/** A reseller's commission: the percentage in force and those set for later months, and the monthly statements. */
export function CommissionPanel({ organizationId }: { organizationId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ResellerCommissionQuery,
    variables: { organizationId },
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading the commission…" />;
    return <ErrorBanner error={error} title="The commission could not be loaded" onRetry={retry} />;
  }
  const errors = graphQLErrorsOf(error);
  const settings = data.organization?.resellerCommissions;
  const statements = data.organization?.commissionStatements;
  return (
    <section className="card commission" data-testid="commission">
      <h2>Commission</h2>
      {settings ? (
        <CommissionRate settings={settings} />
      ) : (
        <p>
          <Unavailable
            what="The commission rate"
            errors={errorsExplainingNull(errors, ["organization", "resellerCommissions"])}
          />
        </p>
      )}
      {!statements ? (
        <p>
          <Unavailable
            what="Commission statements"
            errors={errorsExplainingNull(errors, ["organization", "commissionStatements"])}
          />
        </p>
      ) : statements.edges.length === 0 ? (
        <p className="placeholder" data-testid="commission-statements-none">
          No commission statements yet — the first comes with the provider&apos;s invoice after a month in which your
          customers were invoiced.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="vm-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Rate
                </th>
                <th scope="col" className="num">
                  Billed to customers
                </th>
                <th scope="col" className="num">
                  Your commission
                </th>
                <th scope="col" className="num">
                  Due to the provider
                </th>
                <th scope="col">Provider&apos;s invoice</th>
              </tr>
            </thead>
            {statements.edges.map(({ node }) => (
              <CommissionStatementRow key={node.id} statement={node} />
            ))}
          </table>
        </div>
      )}
      <p className="hint">
        Amounts exclude VAT. Each statement is charged on the provider&apos;s invoice named beside it, under Closed
        invoices.
      </p>
    </section>
  );
}

function CommissionRate({
  settings,
}: {
  settings: ReadonlyArray<{ fromMonth: string; percent: string; setAt: string }>;
}) {
  const { current, upcoming } = commissionInForce(settings, billingMonthOf(new Date()));
  return (
    <p data-testid="commission-rate">
      Your commission this month: <strong>{current ? formatPercent(current.percent) : "0 %"}</strong> of what you
      invoice your customers
      {current ? ` (since ${formatBillingMonth(current.fromMonth)})` : " (no rate has been set)"}.
      {upcoming.map((setting) => (
        <span key={setting.fromMonth}>
          {" "}
          From {formatBillingMonth(setting.fromMonth)}: {formatPercent(setting.percent)}.
        </span>
      ))}
    </p>
  );
}
