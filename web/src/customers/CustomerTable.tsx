import type { FragmentType } from "../gql";
import type { PathedError } from "../graphql/errors";
import { CustomerRow, type CustomerRow_OrganizationFragment } from "./CustomerRow";
import { organizationsUnder } from "./organization-tree";

type Listed = { id: string; name: string; parent?: { id: string } | null } & FragmentType<
  typeof CustomerRow_OrganizationFragment
>;

interface CustomerTableProps {
  organizations: readonly Listed[];
  /** The organisation shown: the table lists those under it. */
  rootId: string;
  errors: readonly PathedError[];
  canCreate: boolean;
}

/** The organisations under the one shown, as a tree: each reseller followed by its own customers. */
export function CustomerTable({ organizations, rootId, errors, canCreate }: CustomerTableProps) {
  const rows = organizationsUnder(organizations, rootId);
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  if (rows.length === 0) {
    return (
      <p className="placeholder" data-testid="no-customers">
        No customers yet.{canCreate ? " Create the first one below." : ""}
      </p>
    );
  }
  return (
    <>
      <div className="table-scroll">
        <table className="vm-table customer-table">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col" className="num">
                Wallet balance
              </th>
              <th scope="col" className="num">
                VMs
              </th>
              <th scope="col" className="num">
                Capacity
              </th>
              <th scope="col" className="num">
                This month so far
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CustomerRow
                key={row.organization.id}
                organization={row.organization}
                depth={row.depth}
                parentName={row.parentId ? (names.get(row.parentId) ?? null) : null}
                errors={errors}
                index={row.index}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        A name opens that organisation&apos;s pages. VMs and capacity count a reseller&apos;s customers too; this month
        so far is each organisation&apos;s own VMs, VAT included.
      </p>
    </>
  );
}
