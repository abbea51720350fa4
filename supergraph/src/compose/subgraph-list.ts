import { catalogSubgraph } from "@dcx/catalog";
import type { SubgraphDefinition } from "@dcx/kit";
import { telemetryBillingSubgraph } from "@dcx/telemetry-billing";
import { tenancySubgraph } from "@dcx/tenancy";
import { vmsSubgraph } from "@dcx/vms";
import { walletSubgraph } from "@dcx/wallet";

/** Every subgraph composed into the supergraph, in a fixed order so the output is stable. */
export const subgraphs: readonly SubgraphDefinition<Record<string, unknown>, object>[] = [
  tenancySubgraph,
  walletSubgraph,
  catalogSubgraph,
  vmsSubgraph,
  telemetryBillingSubgraph,
] as unknown as SubgraphDefinition<Record<string, unknown>, object>[];
