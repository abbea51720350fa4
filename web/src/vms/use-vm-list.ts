import { type CombinedError, useQuery } from "urql";
import type { FragmentType } from "../gql";
import type { VmRankingOrder } from "../gql/graphql";
import { graphQLErrorsOf, type PathedError } from "../graphql/errors";
import { rowErrors } from "./row-errors";
import { isRanked, type VmListSearch } from "./vm-list-search";
import { MAX_RANKED_MATCHES, VmListByNameQuery, VmListMatchesQuery, VmListRankedQuery } from "./vm-list.queries";
import type { VmListRow_VmFragment } from "./VmListRow";

export const PAGE_SIZE = 50;

const RANKING_OF = { cost: "MONTH_COST", forecast: "MONTH_FORECAST", cpu: "CPU_AVERAGE" } as const satisfies Record<
  string,
  VmRankingOrder
>;

export interface VmListRowData {
  /** Null when the VM of a ranked entry could not be loaded (its errors say why). */
  vm: FragmentType<typeof VmListRow_VmFragment> | null;
  /** In a ranking: whether the VM has a figure to rank by; null in an order by name. */
  hasData: boolean | null;
}

export interface VmListView {
  rows: VmListRowData[];
  /** Every error of the page's requests, those of a row re-pathed to `rows.<index>.<field>`. */
  errors: PathedError[];
  error: CombinedError | undefined;
  /** Null until the list has answered (or when it could not). */
  totalCount: number | null;
  withDataCount: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null;
  fetching: boolean;
  /** The search matches more VMs than a ranking can be narrowed to: the page is by name instead. */
  tooManyToRank: boolean;
  refresh: () => void;
}

/**
 * The page of VMs the address bar asks for. By name, the vms subgraph answers with the search and
 * the power filter. Ranked, telemetry-billing orders the organisation's VMs; with a search or
 * filter, the matching VMs' ids are asked of vms first (at most 200) and the ranking narrowed to them.
 */
export function useVmList(
  organizationId: string,
  search: VmListSearch,
  after: string | null,
  cpuWindow: { since: string; until: string; stepMinutes: number },
): VmListView {
  const sort = search.sort ?? "name";
  const ranked = isRanked(sort);
  const filtered = Boolean(search.q || search.power);
  const filters = { search: search.q ?? null, powerState: search.power ?? null };
  const [matches, refreshMatches] = useQuery({
    query: VmListMatchesQuery,
    variables: { organizationId, ...filters },
    pause: !(ranked && filtered),
  });
  const matching = matches.data?.organization?.vms;
  const tooManyToRank = ranked && filtered && (matching?.totalCount ?? 0) > MAX_RANKED_MATCHES;
  const useRanking = ranked && !tooManyToRank && (!filtered || matching !== undefined);
  const useNames = !ranked || tooManyToRank;

  const nameVariables = {
    organizationId,
    first: PAGE_SIZE,
    after,
    ...filters,
    order: sort === "name-desc" ? ("NAME_DESC" as const) : ("NAME_ASC" as const),
    cpuWindow,
  };
  const [byName, refreshByName] = useQuery({ query: VmListByNameQuery, variables: nameVariables, pause: !useNames });
  const rankVariables = {
    organizationId,
    by: ranked ? RANKING_OF[sort as keyof typeof RANKING_OF] : ("MONTH_COST" as const),
    first: PAGE_SIZE,
    after,
    vmIds: filtered && matching ? matching.edges.map((edge) => edge.node.id) : null,
    cpuWindow,
  };
  const [byRank, refreshByRank] = useQuery({ query: VmListRankedQuery, variables: rankVariables, pause: !useRanking });

  const refresh = () => {
    if (ranked && filtered) refreshMatches({ requestPolicy: "network-only" });
    if (useNames) refreshByName({ requestPolicy: "network-only" });
    if (useRanking) refreshByRank({ requestPolicy: "network-only" });
  };
  const matchErrors = graphQLErrorsOf(matches.error);
  if (useRanking) {
    const ranking = answers(byRank, rankVariables) ? byRank.data?.organization?.vmRanking : undefined;
    return {
      rows: (ranking?.edges ?? []).map((edge) => ({ vm: edge.node ?? null, hasData: edge.hasData })),
      errors: [...matchErrors, ...rowErrors(graphQLErrorsOf(byRank.error), ["organization", "vmRanking"], ["node"])],
      error: byRank.error ?? matches.error,
      totalCount: ranking?.totalCount ?? null,
      withDataCount: ranking?.withDataCount ?? null,
      pageInfo: ranking?.pageInfo ?? null,
      fetching: byRank.fetching || matches.fetching,
      tooManyToRank,
      refresh,
    };
  }
  const page = useNames && answers(byName, nameVariables) ? byName.data?.organization?.vms : undefined;
  return {
    rows: (page?.edges ?? []).map((edge) => ({ vm: edge.node, hasData: null })),
    errors: [...matchErrors, ...rowErrors(graphQLErrorsOf(byName.error), ["organization", "vms"], ["node"])],
    error: byName.error ?? matches.error,
    totalCount: page?.totalCount ?? null,
    withDataCount: null,
    pageInfo: page?.pageInfo ?? null,
    fetching: byName.fetching || matches.fetching,
    tooManyToRank,
    refresh,
  };
}

/**
 * Whether a result answers these variables: while the next page or another order loads, urql
 * still holds the previous answer, whose rows must not be shown under the new order.
 */
export function answers(result: { operation?: { variables?: unknown } | undefined }, variables: object): boolean {
  return sameJson(result.operation?.variables, variables);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: unknown): unknown =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .filter(([, entry]) => entry !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, entry]) => [key, sortKeys(entry)]),
      )
    : value;
