import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Skeleton } from "../components/Skeleton";
import { graphql } from "../gql";
import { AutoTopUpPanel } from "./AutoTopUpPanel";
import { SavedCardsPanel } from "./SavedCardsPanel";
import "./saved-cards.css";

const WalletCardsQuery = graphql(`
  query WalletCards($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      wallet {
        id
        savedCards {
          id
          brand
          maskedNumber
          expiryMonth
          expiryYear
          expired
          savedBy
          savedAt
        }
        autoTopUp {
          card {
            id
            brand
            maskedNumber
            expiryMonth
            expiryYear
          }
          threshold {
            amount
            currency
          }
          amount {
            amount
            currency
          }
          minHoursBetween
          monthlyCap {
            amount
            currency
          }
          usedThisMonth {
            amount
            currency
          }
          email
          enabled
          consecutiveFailures
          disabledReason
          lastAttempt {
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
  }
`);

/** Saved cards and the automatic top-up: one query, two panels; buttons only for those who may pay. */
export function SavedCardsSection({
  organizationId,
  mayPay,
  defaultEmail,
}: {
  organizationId: string;
  mayPay: boolean;
  defaultEmail: string;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WalletCardsQuery,
    variables: { organizationId },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Skeleton label="Loading saved cards…" lines={4} testId="saved-cards-loading" />;
    return <ErrorBanner error={error} title="Saved cards could not be loaded" onRetry={refresh} />;
  }
  const wallet = data.organization?.wallet;
  if (!wallet) return null;
  return (
    <div className="saved-cards-columns">
      <SavedCardsPanel cards={wallet.savedCards} mayPay={mayPay} defaultEmail={defaultEmail} onChanged={refresh} />
      <AutoTopUpPanel
        organizationId={organizationId}
        cards={wallet.savedCards}
        rule={wallet.autoTopUp ?? null}
        mayPay={mayPay}
        defaultEmail={defaultEmail}
        onChanged={refresh}
      />
    </div>
  );
}
