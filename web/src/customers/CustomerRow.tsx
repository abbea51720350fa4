import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Unavailable } from "../components/Unavailable";
import { formatGb, formatQuantity, organizationKindLabel } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { type Cell, cellOf } from "./cell-outcome";

export const CustomerRow_OrganizationFragment = graphql(`
  fragment CustomerRow_OrganizationFragment on Organization {
    id
    name
    kind
    wallet {
      id
      balance {
        amount
        currency
      }
    }
    fleet {
      vmCount
      vcpuCount
      memoryGb
    }
    currentBill {
      total {
        amount
        currency
      }
    }
  }
`);

interface CustomerRowProps {
  organization: FragmentType<typeof CustomerRow_OrganizationFragment>;
  /** 0 directly under the organisation shown, 1 under one of its resellers. */
  depth: number;
  parentName: string | null;
  /** The response's errors and where this row sits in it (`organizations.<index>`). */
  errors: readonly PathedError[];
  index: number;
}

function CellContent<T>({
  cell,
  what,
  none,
  children,
}: {
  cell: Cell<T>;
  what: string;
  none: string;
  children: (value: T) => ReactNode;
}) {
  if (cell.state === "unavailable") return <Unavailable what={what} errors={cell.errors} inlineReason={false} />;
  if (cell.state === "none") return <span className="muted">{none}</span>;
  return <>{children(cell.value)}</>;
}

/** One managed organisation: its name opens its pages; balance, fleet and month to date beside it. */
export function CustomerRow({ depth, parentName, errors, index, ...props }: CustomerRowProps) {
  const organization = getFragmentData(CustomerRow_OrganizationFragment, props.organization);
  const at = (field: string) => ["organizations", index, field];
  const wallet = cellOf(organization.wallet, errors, at("wallet"), "wallet");
  const fleet = cellOf(organization.fleet, errors, at("fleet"), "vms");
  const bill = cellOf(organization.currentBill, errors, at("currentBill"), "telemetry-billing");
  const kind = organizationKindLabel(organization.kind);

  return (
    <tr className={depth > 0 ? "customer-nested" : undefined} data-testid="customer-row" data-kind={organization.kind}>
      <th scope="row">
        {depth > 0 && (
          <span className="customer-branch" aria-hidden="true">
            └
          </span>
        )}
        <Link to="/" search={{ org: organization.id }} data-testid="open-organization">
          {organization.name}
        </Link>
        <span className="customer-kind">{parentName ? `${kind} of ${parentName}` : kind}</span>
      </th>
      <td className="num" data-testid="customer-balance">
        <CellContent cell={wallet} what="Balance" none="No wallet">
          {(value) => formatMoneyValue(value.balance)}
        </CellContent>
      </td>
      <td className="num" data-testid="customer-vms">
        <CellContent cell={fleet} what="Fleet" none="—">
          {(value) => formatQuantity(value.vmCount)}
        </CellContent>
      </td>
      <td className="num">
        <CellContent cell={fleet} what="Fleet" none="—">
          {(value) => `${formatQuantity(value.vcpuCount)} vCPU · ${formatGb(Number(value.memoryGb))}`}
        </CellContent>
      </td>
      <td className="num" data-testid="customer-month">
        <CellContent cell={bill} what="Cost" none="—">
          {(value) => formatMoneyValue(value.total)}
        </CellContent>
      </td>
    </tr>
  );
}
