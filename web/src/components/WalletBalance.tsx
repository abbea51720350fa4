import { Link } from "@tanstack/react-router";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { Unavailable } from "./Unavailable";
import { describeRunway } from "./wallet-runway";

export const WalletBalance_WalletFragment = graphql(`
  fragment WalletBalance_WalletFragment on Wallet {
    id
    balance {
      amount
      currency
    }
    usageRunway {
      days
      dailyUsage {
        amount
        currency
      }
    }
    arrears {
      shortfall {
        amount
        currency
      }
      graceEndsAt
      vmsSuspendedAt
    }
  }
`);

interface WalletBalanceProps {
  wallet: FragmentType<typeof WalletBalance_WalletFragment> | null;
  /** Errors that concern the wallet; when there are any, the balance is shown as unavailable. */
  errors: readonly PathedError[];
  /** Whether this organisation tops up its own wallet (the provider does not). */
  canTopUp: boolean;
}

/**
 * The prepaid wallet: balance, how long it lasts at the recent usage, and arrears when the
 * balance went below what the credit limit allows. "No wallet" and "unavailable" are kept apart.
 */
export function WalletBalance(props: WalletBalanceProps) {
  const wallet = getFragmentData(WalletBalance_WalletFragment, props.wallet);
  let content;
  if (props.errors.length > 0) {
    content = <Unavailable what="Balance" errors={props.errors} testId="wallet-balance" inlineReason={false} />;
  } else if (wallet) {
    const negative = wallet.balance.amount.trim().startsWith("-");
    content = (
      <span className={negative ? "amount negative" : "amount"} data-testid="wallet-balance">
        {formatMoneyValue(wallet.balance)}
      </span>
    );
  } else {
    content = (
      <span className="muted" data-testid="wallet-balance">
        No wallet
      </span>
    );
  }
  const runway =
    wallet?.usageRunway &&
    describeRunway(wallet.usageRunway.days ?? null, formatMoneyValue(wallet.usageRunway.dailyUsage));
  const arrears = wallet?.arrears;

  return (
    <div className="stat-card card wallet-stat">
      <span className="stat-label">Wallet balance</span>
      <span className="stat-value">{content}</span>
      {props.errors.length === 0 && runway && (
        <span className={`runway runway-${runway.level}`} data-testid="wallet-runway" data-level={runway.level}>
          {runway.text}
        </span>
      )}
      {props.errors.length === 0 && arrears && (
        <span className="runway runway-critical" role="alert" data-testid="wallet-arrears">
          {formatMoneyValue(arrears.shortfall)} in arrears.{" "}
          {arrears.vmsSuspendedAt
            ? `VMs suspended since ${formatDateTime(arrears.vmsSuspendedAt)}.`
            : `VMs are suspended on ${formatDateTime(arrears.graceEndsAt)} unless topped up.`}
        </span>
      )}
      {props.canTopUp &&
        wallet &&
        props.errors.length === 0 &&
        (runway?.level === "low" || runway?.level === "critical" || arrears) && (
          <Link to="/wallet" className="button-link" data-testid="wallet-top-up-link">
            Top up
          </Link>
        )}
    </div>
  );
}
