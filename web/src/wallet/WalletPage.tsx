import { Link } from "@tanstack/react-router";
import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import type { OrganizationKind } from "../gql/graphql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { TopUpForm } from "./TopUpForm";
import { SavedCardsSection } from "./SavedCardsSection";
import { TransactionsTable } from "./TransactionsTable";
import { describeTopUp, mayTopUp } from "./wallet-rules";

const WalletPageQuery = graphql(`
  query WalletPage($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      wallet {
        id
        balance {
          amount
          currency
        }
        available {
          amount
          currency
        }
        breakdown {
          paid {
            amount
            currency
          }
          granted {
            amount
            currency
          }
          spent {
            amount
            currency
          }
        }
        lowBalanceAlert {
          email
          warned
          threshold {
            amount
            currency
          }
        }
        topUps(first: 5) {
          id
          reference
          status
          resultDescription
          createdAt
          amount {
            amount
            currency
          }
        }
      }
    }
  }
`);

/** The organisation's wallet: balances, card top-ups and the ledger. */
export function WalletPage({
  organizationId,
  organizationKind,
  user,
}: {
  organizationId: string;
  organizationKind: OrganizationKind;
  user: SessionUser;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WalletPageQuery,
    variables: { organizationId },
    requestPolicy: "cache-and-network",
  });
  if (!data) {
    if (fetching) return <Loading label="Loading the wallet…" />;
    return (
      <ErrorBanner
        error={error}
        title="The wallet could not be loaded"
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const wallet = data.organization?.wallet;
  if (!wallet) return <p className="notice">This organisation has no wallet.</p>;
  const alert = wallet.lowBalanceAlert;

  return (
    <div className="wallet-page" data-testid="wallet-page">
      <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      <h1>Wallet · {data.organization?.name}</h1>
      <section className="summary">
        <div className="stat-card card">
          <span className="stat-label">Balance</span>
          <span className="stat-value amount" data-testid="wallet-page-balance">
            {formatMoneyValue(wallet.balance)}
          </span>
          <span className="hint" data-testid="wallet-breakdown">
            paid {formatMoneyValue(wallet.breakdown.paid)} · credit granted {formatMoneyValue(wallet.breakdown.granted)}{" "}
            · spent {formatMoneyValue(wallet.breakdown.spent)}
          </span>
        </div>
        <div className="stat-card card">
          <span className="stat-label">Available</span>
          <span className="stat-value amount" data-testid="wallet-page-available">
            {formatMoneyValue(wallet.available)}
          </span>
          <span className="hint">after money held for work in progress</span>
        </div>
        <div className="stat-card card">
          <span className="stat-label">Low-balance warning</span>
          <span className="stat-value">
            {alert ? formatMoneyValue(alert.threshold) : <span className="muted">off</span>}
          </span>
          {alert && (
            <span className="hint">
              to {alert.email}
              {alert.warned ? " · sent: the balance is below it" : ""}
            </span>
          )}
        </div>
      </section>

      <div className="wallet-columns">
        {mayTopUp(user.role, organizationKind) ? (
          <TopUpForm organizationId={organizationId} defaultEmail={user.email} />
        ) : (
          <p className="card notice" data-testid="top-up-not-allowed">
            {organizationKind === "PROVIDER"
              ? "The provider's own wallet is not topped up by card."
              : "Only owners, admins and billing users can top up the wallet."}
          </p>
        )}
        <section className="card recent-top-ups">
          <h2>Recent card top-ups</h2>
          {wallet.topUps.length === 0 ? (
            <p className="placeholder">No card top-ups yet.</p>
          ) : (
            <ul className="top-up-list">
              {wallet.topUps.map((topUp) => (
                <li key={topUp.id} data-testid="recent-top-up">
                  <Link to="/wallet/top-ups/$topUpId" params={{ topUpId: topUp.id }}>
                    {formatMoneyValue(topUp.amount)}
                  </Link>{" "}
                  <span className="muted">
                    {formatDateTime(topUp.createdAt)} · {topUp.reference}
                  </span>{" "}
                  <span className="top-up-state">{describeTopUp(topUp.status, topUp.resultDescription).title}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <SavedCardsSection
        organizationId={organizationId}
        mayPay={mayTopUp(user.role, organizationKind)}
        defaultEmail={user.email}
      />

      <TransactionsTable organizationId={organizationId} />
    </div>
  );
}
