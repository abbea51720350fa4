import { Unavailable } from "../components/Unavailable";
import { cellOf } from "../customers/cell-outcome";
import { organizationKindLabel } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { CreditLimitForm } from "./CreditLimitForm";
import { GrantCreditForm } from "./GrantCreditForm";

export const CreditRow_OrganizationFragment = graphql(`
  fragment CreditRow_OrganizationFragment on Organization {
    id
    name
    kind
    parent {
      id
      name
    }
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
      creditLimit {
        amount
        currency
      }
      breakdown {
        granted {
          amount
          currency
        }
      }
    }
  }
`);

export type CreditAction = "limit" | "grant";

interface CreditRowProps {
  organization: FragmentType<typeof CreditRow_OrganizationFragment>;
  errors: readonly PathedError[];
  /** Where the row sits in the answer (`organizations.<index>`), to find its errors. */
  index: number;
  mayChange: boolean;
  /** The form open under this row, if any. */
  open: CreditAction | null;
  onOpen: (action: CreditAction | null) => void;
  /** A change was made: the form closes and the section says what was done. */
  onDone: (message: string) => void;
}

/** One organisation's wallet figures, and its credit forms for provider owners and admins. */
export function CreditRow({ errors, index, mayChange, open, onOpen, onDone, ...props }: CreditRowProps) {
  const organization = getFragmentData(CreditRow_OrganizationFragment, props.organization);
  const wallet = cellOf(organization.wallet, errors, ["organizations", index, "wallet"], "wallet");
  const columns = mayChange ? 6 : 5;
  const kind = organizationKindLabel(organization.kind);

  return (
    <>
      <tr data-testid="credit-row" data-name={organization.name}>
        <th scope="row">
          {organization.name}
          <span className="credit-kind">{organization.parent ? `${kind} of ${organization.parent.name}` : kind}</span>
        </th>
        {wallet.state === "value" ? (
          <>
            <td className="num" data-testid="credit-balance">
              {formatMoneyValue(wallet.value.balance)}
            </td>
            <td className="num" data-testid="credit-available">
              {formatMoneyValue(wallet.value.available)}
            </td>
            <td className="num" data-testid="credit-limit">
              {formatMoneyValue(wallet.value.creditLimit)}
            </td>
            <td className="num" data-testid="credit-granted">
              {formatMoneyValue(wallet.value.breakdown.granted)}
            </td>
          </>
        ) : (
          <td colSpan={4} className="muted" data-testid="credit-no-wallet">
            {wallet.state === "none" ? "No wallet" : <Unavailable what="Wallet" errors={wallet.errors} />}
          </td>
        )}
        {mayChange && (
          <td className="credit-actions">
            {wallet.state === "value" && (
              <>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onOpen("limit")}
                  data-testid="open-credit-limit"
                >
                  Set limit<span className="visually-hidden"> for {organization.name}</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onOpen("grant")}
                  data-testid="open-grant-credit"
                >
                  Grant credit<span className="visually-hidden"> to {organization.name}</span>
                </button>
              </>
            )}
          </td>
        )}
      </tr>
      {open && wallet.state === "value" && (
        <tr className="credit-form-row">
          <td colSpan={columns}>
            {open === "limit" ? (
              <CreditLimitForm
                organizationId={organization.id}
                name={organization.name}
                current={wallet.value.creditLimit}
                onCancel={() => onOpen(null)}
                onDone={onDone}
              />
            ) : (
              <GrantCreditForm
                organizationId={organization.id}
                name={organization.name}
                onCancel={() => onOpen(null)}
                onDone={onDone}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
