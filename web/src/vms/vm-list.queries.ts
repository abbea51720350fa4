import { graphql } from "../gql";

/** A page of VMs by name (the vms subgraph), narrowed by the search and the power filter. */
export const VmListByNameQuery = graphql(`
  query VmListByName(
    $organizationId: ID!
    $first: Int!
    $after: String
    $search: String
    $powerState: PowerState
    $order: VmOrder!
    $cpuWindow: MetricWindowInput!
  ) {
    organization(id: $organizationId) {
      id
      vms(first: $first, after: $after, search: $search, powerState: $powerState, order: $order) {
        totalCount
        edges {
          node {
            id
            ...VmListRow_VmFragment
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

/**
 * A page of VMs ranked by telemetry-billing (cost this month or CPU over `$cpuWindow`), each VM's
 * row from the vms subgraph through the gateway; `$vmIds` narrows it to a search's matches.
 */
export const VmListRankedQuery = graphql(`
  query VmListRanked(
    $organizationId: ID!
    $by: VmRankingOrder!
    $first: Int!
    $after: String
    $vmIds: [ID!]
    $cpuWindow: MetricWindowInput!
  ) {
    organization(id: $organizationId) {
      id
      vmRanking(by: $by, window: $cpuWindow, vmIds: $vmIds, first: $first, after: $after) {
        totalCount
        withDataCount
        edges {
          hasData
          node {
            id
            ...VmListRow_VmFragment
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

/** The ids of every VM a search and power filter match, up to what a ranking can be narrowed to. */
export const VmListMatchesQuery = graphql(`
  query VmListMatches($organizationId: ID!, $search: String, $powerState: PowerState) {
    organization(id: $organizationId) {
      id
      vms(first: 200, search: $search, powerState: $powerState) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

/** Ranking narrowed by a search: at most this many matches (the `vmIds` limit). */
export const MAX_RANKED_MATCHES = 200;
