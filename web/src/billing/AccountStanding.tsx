import { Link } from "@tanstack/react-router";
import { Unavailable } from "../components/Unavailable";
import { formatQuantity } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { OrganizationKind, UserRole } from "../gql/graphql";
import { errorsUnder, type PathedError, unplacedErrors } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { mayTopUp } from "../wallet/wallet-rules";
import { accountStanding } from "./account-standing";

export const AccountStanding_OrganizationFragment = graphql(`
  fragment AccountStanding_OrganizationFragment on Organization {
    vmSuspension {
      suspendedAt
      reason
      liftedAt
    }
    wallet {
      id
      available {
        amount
        currency
      }
      arrears {
        since
        graceEndsAt
        vmsSuspendedAt
        shortfall {
          amount
          currency
        }
      }
      usageRunway {
        days
        dailyUsage {
          amount
          currency
        }
      }
    }
  }
`);

interface AccountStandingProps {
  organization: FragmentType<typeof AccountStanding_OrganizationFragment>;
  /** The page query's errors: the wallet and the suspension come from two subgraphs. */
  errors: readonly PathedError[];
  role: UserRole;
  /** Whose wallet: the provider's is never topped up by card. */
  organizationKind: OrganizationKind;
}

/**
 * Arrears or a suspension, spelled out with what it means and the way out (a top-up); then how
 * long the available money lasts. A wallet or suspension that could not be read says so: the
 * page never implies that nothing is owed when it could not tell.
 */
export function AccountStanding(props: AccountStandingProps) {
  const { wallet, vmSuspension } = getFragmentData(AccountStanding_OrganizationFragment, props.organization);
  const walletErrors = [
    ...errorsUnder(props.errors, ["organization", "wallet"]),
    ...unplacedErrors(props.errors, "wallet"),
  ];
  const suspensionErrors = [
    ...errorsUnder(props.errors, ["organization", "vmSuspension"]),
    ...unplacedErrors(props.errors, "vms"),
  ];
  const notice = accountStanding(wallet?.arrears, vmSuspension);
  const topUp = mayTopUp(props.role, props.organizationKind) ? (
    <Link to="/wallet" className="button-link" data-testid="standing-top-up">
      Top up the wallet
    </Link>
  ) : (
    <span className="hint">An owner, admin or billing user can top up the wallet.</span>
  );

  return (
    <section className="billing-standing" data-testid="account-standing">
      {notice && (
        <div className={`card standing-notice standing-${notice.tone}`} role="alert" data-testid="standing-notice">
          <strong>{notice.title}</strong>
          <p>{notice.detail}</p>
          {topUp}
        </div>
      )}
      {!vmSuspension && suspensionErrors.length > 0 && (
        <p className="card">
          <Unavailable what="Suspension status" errors={suspensionErrors} testId="suspension-unavailable" />
        </p>
      )}
      <div className="card runway" data-testid="wallet-runway">
        {wallet ? (
          <>
            <span>
              Available in the wallet: <strong className="amount">{formatMoneyValue(wallet.available)}</strong>
            </span>{" "}
            <span className="muted">{runwayText(wallet.usageRunway)}</span> <Link to="/wallet">Open the wallet</Link>
          </>
        ) : walletErrors.length > 0 ? (
          <Unavailable what="Wallet" errors={walletErrors} testId="wallet-unavailable" />
        ) : (
          <span className="muted">This organisation has no wallet.</span>
        )}
      </div>
    </section>
  );
}

type Runway = { days?: number | null; dailyUsage: { amount: string; currency: string } } | null | undefined;

function runwayText(runway: Runway): string {
  if (!runway) return "No usage has been charged yet.";
  const daily = formatMoneyValue(runway.dailyUsage);
  if (runway.days == null) return `Usage charged recently: ${daily} a day.`;
  if (runway.days === 0) return `Nothing is available for usage charged at ${daily} a day.`;
  return `At ${daily} a day of usage, that lasts about ${formatQuantity(runway.days)} days.`;
}
