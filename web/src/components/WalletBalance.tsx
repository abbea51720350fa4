import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { Unavailable } from "./Unavailable";

export const WalletBalance_WalletFragment = graphql(`
  fragment WalletBalance_WalletFragment on Wallet {
    id
    balance {
      amount
      currency
    }
  }
`);

interface WalletBalanceProps {
  wallet: FragmentType<typeof WalletBalance_WalletFragment> | null;
  /** Errors that concern the wallet; when there are any, the balance is shown as unavailable. */
  errors: readonly PathedError[];
}

/** The prepaid wallet balance; "no wallet" and "wallet unavailable" are kept apart. */
export function WalletBalance(props: WalletBalanceProps) {
  const wallet = getFragmentData(WalletBalance_WalletFragment, props.wallet);
  const negative = wallet?.balance.amount.trim().startsWith("-") ?? false;

  let content;
  if (props.errors.length > 0) {
    content = <Unavailable what="Balance" errors={props.errors} testId="wallet-balance" inlineReason={false} />;
  } else if (wallet) {
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

  return (
    <div className="stat-card card">
      <span className="stat-label">Wallet balance</span>
      <span className="stat-value">{content}</span>
    </div>
  );
}
