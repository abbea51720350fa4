import { useCallback, useState } from "react";
import { type CombinedError, useClient } from "urql";
import { graphql } from "../gql";
import type { DashboardMoreVmsQuery } from "../gql/graphql";
import { graphQLErrorsOf, type PathedError } from "../graphql/errors";
import { flattenEdgeErrors } from "../vm-pages";

/** Further pages of the dashboard's VM list, with the same fragments as the first. */
const DashboardMoreVmsQuery = graphql(`
  query DashboardMoreVms($organizationId: ID!, $after: String!) {
    organization(id: $organizationId) {
      id
      vms(first: 50, after: $after) {
        totalCount
        edges {
          node {
            id
            ...FleetSummary_VmFragment
            ...VmRow_VmFragment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type MoreVms = NonNullable<NonNullable<DashboardMoreVmsQuery["organization"]>["vms"]>;
export type VmNode = MoreVms["edges"][number]["node"];

export interface LoadedPage {
  vms: VmNode[];
  /** Errors of this page, with paths as if its rows followed those already shown. */
  errors: PathedError[];
  pageInfo: MoreVms["pageInfo"];
}

/** "Load more": fetches the page after `after` and appends it; `offset` is how many rows are shown. */
export function useMoreVms(organizationId: string) {
  const client = useClient();
  const [pages, setPages] = useState<LoadedPage[]>([]);
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);

  const loadAfter = useCallback(
    async (after: string, offset: number) => {
      setFetching(true);
      const result = await client
        .query(DashboardMoreVmsQuery, { organizationId, after }, { requestPolicy: "network-only" })
        .toPromise();
      setFetching(false);
      setError(result.error);
      const connection = result.data?.organization?.vms;
      if (!connection) return;
      const errors = flattenEdgeErrors(graphQLErrorsOf(result.error), ["organization", "vms"], offset);
      setPages((loaded) => [
        ...loaded,
        { vms: connection.edges.map((edge) => edge.node), errors, pageInfo: connection.pageInfo },
      ]);
    },
    [client, organizationId],
  );

  return { pages, fetching, error, loadAfter, reset: () => setPages([]) };
}
