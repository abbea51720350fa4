/** The dashboard's cross-subgraph query, as the web app sends it (kept in step by a test). */
export const DASHBOARD_QUERY = /* GraphQL */ `
  query Dashboard($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      parent {
        name
      }
      wallet {
        balance {
          amount
          currency
        }
      }
      vms {
        id
        name
        powerState
        vcpuCount
        memoryMib
        disks {
          capacityGb
          tier
        }
        estimatedMonthlyCost {
          monthlyTotal {
            amount
            currency
          }
        }
        metrics(window: { stepMinutes: 60 }) {
          cpu {
            at
            average
            maximum
          }
        }
      }
    }
  }
`;

export interface DashboardData {
  organization: {
    id: string;
    name: string;
    kind: string;
    parent: { name: string } | null;
    wallet: { balance: { amount: string; currency: string } } | null;
    vms: {
      id: string;
      name: string;
      powerState: string;
      vcpuCount: number;
      memoryMib: number;
      disks: { capacityGb: number; tier: string }[];
      estimatedMonthlyCost: { monthlyTotal: { amount: string; currency: string } } | null;
      metrics: { cpu: { at: string; average: number; maximum: number }[] } | null;
    }[];
  } | null;
}
