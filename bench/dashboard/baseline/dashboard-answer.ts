/**
 * The `data` of DASHBOARD_QUERY, field for field as the gateway answers it for provider staff:
 * enum values by their GraphQL names, money as exact decimal strings, dates as ISO strings.
 */
export interface DashboardAnswer {
  organization: OrganizationAnswer | null;
}

export interface MoneyAnswer {
  amount: string;
  currency: string;
}

export interface OrganizationAnswer {
  id: string;
  name: string;
  kind: string;
  parent: { id: string; name: string } | null;
  wallet: WalletAnswer | null;
  /** Null only for an organisation the caller cannot see (provider staff sees every one). */
  currentBill: CurrentBillAnswer | null;
  usage: UsageAnswer;
  openAlerts: AlertAnswer[];
  vms: {
    totalCount: number;
    edges: { node: VmAnswer }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface WalletAnswer {
  id: string;
  balance: MoneyAnswer;
  /** Null before any daily usage charge; `days` null when nothing is used. */
  usageRunway: { days: number | null; dailyUsage: MoneyAnswer } | null;
  /** The open episode of unpaid usage, or null. */
  arrears: { shortfall: MoneyAnswer; graceEndsAt: string; vmsSuspendedAt: string | null } | null;
}

/** The month so far and its projection to the month's end, VAT included. */
export interface CurrentBillAnswer {
  total: MoneyAnswer;
  projectedTotal: MoneyAnswer;
  meteredUntil: string | null;
}

export interface UsageAnswer {
  measuredVmCount: number;
  averageCpuPercent: number | null;
  peakCpuPercent: number | null;
  averageMemoryPercent: number | null;
  peakMemoryPercent: number | null;
}

export interface AlertAnswer {
  id: string;
  severity: string;
  ruleName: string;
  unit: string;
  conditionSince: string;
  peakValue: number | null;
  vm: { id: string; name: string };
}

export interface VmAnswer {
  id: string;
  name: string;
  powerState: string;
  vcpuCount: number;
  memoryMib: number;
  memoryGb: number;
  disks: { id: string; capacityGb: number; tier: string }[];
  estimatedMonthlyCost: { monthlyTotal: MoneyAnswer } | null;
  metrics: {
    since: string;
    stepMinutes: number;
    cpu: { unit: string; average: (number | null)[] };
    memory: { unit: string; average: (number | null)[] };
  };
  telemetry: { stale: boolean; sampledAt: string | null; cpu: number | null; memory: number | null };
  openAlertCount: number;
  health: { score: (number | null)[] };
}
