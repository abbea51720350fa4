import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { graphQLErrorsOf } from "../graphql/errors";
import { CreditRow, type CreditAction } from "./CreditRow";

const ProviderCreditQuery = graphql(`
  query ProviderCredit {
    organizations {
      id
      kind
      ...CreditRow_OrganizationFragment
    }
  }
`);

/**
 * Every organisation's wallet: balance, what is available, the credit limit and the credit
 * granted so far; provider owners and admins set the limit or grant credit, row by row.
 */
export function CreditSection({ mayChange }: { mayChange: boolean }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProviderCreditQuery });
  const [open, setOpen] = useState<{ organizationId: string; action: CreditAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const retry = () => reexecute({ requestPolicy: "network-only" });

  let content;
  if (!data) {
    content = fetching ? (
      <Loading label="Loading wallets…" />
    ) : (
      <ErrorBanner error={error} title="The wallets could not be loaded" onRetry={retry} />
    );
  } else {
    const errors = graphQLErrorsOf(error);
    content = (
      <>
        <ErrorBanner error={error} onRetry={retry} />
        {done && (
          <p className="notice credit-done" role="status" data-testid="credit-done">
            {done}
          </p>
        )}
        <div className="table-scroll">
          <table className="vm-table credit-table">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col" className="num">
                  Balance
                </th>
                <th scope="col" className="num">
                  Available
                </th>
                <th scope="col" className="num">
                  Credit limit
                </th>
                <th scope="col" className="num">
                  Credit granted
                </th>
                {mayChange && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {data.organizations.map((organization, index) =>
                organization.kind === "PROVIDER" ? null : (
                  <CreditRow
                    key={organization.id}
                    organization={organization}
                    errors={errors}
                    index={index}
                    mayChange={mayChange}
                    open={open?.organizationId === organization.id ? open.action : null}
                    onOpen={(action) => {
                      setDone(null);
                      setOpen(action ? { organizationId: organization.id, action } : null);
                    }}
                    onDone={(message) => {
                      setOpen(null);
                      setDone(message);
                    }}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return (
    <section className="card" data-testid="credit-section">
      <h2>Credit limits and grants</h2>
      <p className="hint">
        The credit limit is how far below zero holds and charges may take an organisation&apos;s available money.
        Granted credit is added to the balance, kept apart from money the organisation paid.
      </p>
      {content}
    </section>
  );
}
