import { Link } from "@tanstack/react-router";
import { useEffect } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { formatMoneyValue } from "../money";
import { describeTopUp } from "./wallet-rules";

const TopUpStatusQuery = graphql(`
  query TopUpStatus($id: ID!) {
    topUp(id: $id) {
      id
      reference
      status
      resultDescription
      createdAt
      settledAt
      amount {
        amount
        currency
      }
    }
  }
`);

const POLL_MS = 2000;

/**
 * Where PayGate sends the browser back. The browser's return proves nothing, so this page only
 * shows what the wallet knows, asking again every two seconds until PayGate's own word arrives.
 */
export function TopUpStatusPage({ topUpId }: { organizationId: string; topUpId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TopUpStatusQuery,
    variables: { id: topUpId },
    requestPolicy: "network-only",
  });
  const topUp = data?.topUp;
  const status = topUp ? describeTopUp(topUp.status, topUp.resultDescription) : null;
  const waiting = status !== null && !status.final;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => reexecute({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reexecute]);

  if (!data) {
    if (fetching) return <Loading label="Loading the payment…" />;
    return <ErrorBanner error={error} title="The payment could not be loaded" onRetry={() => reexecute()} />;
  }
  return (
    <div className="top-up-status" data-testid="top-up-status-page">
      <h1>Card top-up</h1>
      {topUp && status ? (
        <section className={`card top-up-result tone-${status.tone}`}>
          <h2 data-testid="top-up-status" data-status={topUp.status}>
            {waiting && <span className="spinner" aria-hidden="true" />} {status.title}
          </h2>
          <p>{status.detail}</p>
          <dl className="facts">
            <dt>Amount</dt>
            <dd data-testid="top-up-amount-paid">{formatMoneyValue(topUp.amount)}</dd>
            <dt>Reference</dt>
            <dd>{topUp.reference}</dd>
          </dl>
        </section>
      ) : (
        <p className="notice">There is no such top-up, or it is not yours to see.</p>
      )}
      <Link to="/wallet" className="button-link secondary" data-testid="back-to-wallet">
        Back to the wallet
      </Link>
    </div>
  );
}
