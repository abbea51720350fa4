import { print } from "graphql";
import { DashboardPageDocument } from "../web/src/gql/graphql";

/** The dashboard's own cross-subgraph query, exactly as the web app sends it. */
export const DASHBOARD_QUERY = print(DashboardPageDocument);

export interface DashboardVm {
  id: string;
  name: string;
  powerState: string;
  vcpuCount: number;
  memoryMib: number;
  disks: { capacityGb: number; tier: string }[];
  estimatedMonthlyCost: { monthlyTotal: { amount: string; currency: string } } | null;
  metrics: { cpu: { at: string; average: number; maximum: number }[] } | null;
}

/** The VMs of the dashboard's first page. */
export const dashboardVms = (data: DashboardData | null | undefined): DashboardVm[] =>
  data?.organization?.vms?.edges.map((edge) => edge.node) ?? [];

/** What the tests read of the answer (fragments are unmasked on the wire). */
export interface DashboardData {
  organization: {
    id: string;
    name: string;
    kind: string;
    parent: { name: string } | null;
    wallet: { balance: { amount: string; currency: string } } | null;
    vms: {
      totalCount: number;
      edges: { node: DashboardVm }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
}
