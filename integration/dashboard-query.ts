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
  /** The last 24 hours in hourly buckets, columnar: null is a bucket without samples. */
  metrics: {
    since: string;
    stepMinutes: number;
    cpu: { unit: string; average: (number | null)[] };
    memory: { unit: string; average: (number | null)[] };
  } | null;
  /** The newest values; all null when `stale`. */
  telemetry: { stale: boolean; sampledAt: string | null; cpu: number | null; memory: number | null } | null;
  /** Alerts firing now; null only with an error. */
  openAlertCount: number | null;
  /** Health per hour of the last 24 hours (0–100); null is an hour without samples. */
  health: { score: (number | null)[] } | null;
}

/** An alert firing now, as the overview lists it. */
export interface DashboardAlert {
  id: string;
  severity: "WARNING" | "CRITICAL";
  ruleName: string;
  unit: string;
  conditionSince: string;
  peakValue: number | null;
  vm: { id: string; name: string };
}

/** The fleet's last 24 hours: the organisation's VMs and those under it; null figures = no samples. */
export interface DashboardUsage {
  measuredVmCount: number;
  averageCpuPercent: number | null;
  peakCpuPercent: number | null;
  averageMemoryPercent: number | null;
  peakMemoryPercent: number | null;
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
    /** The 5 newest alerts firing now; null only with an error. */
    openAlerts: DashboardAlert[] | null;
    /** Null only with an error. */
    usage: DashboardUsage | null;
    vms: {
      totalCount: number;
      edges: { node: DashboardVm }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
}
