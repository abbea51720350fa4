import { MetricWindowPreset, resolveMetricWindow } from "../../../subgraphs/telemetry-billing/src/window/metric-window";
import type { PlatformDbs } from "../../../scripts/seed/seed-demo";
import { readCurrentBill } from "./current-bill.sql";
import type { DashboardAnswer, VmAnswer } from "./dashboard-answer";
import { readFleetTelemetry } from "./fleet-telemetry.sql";
import { readOpenAlerts } from "./open-alerts.sql";
import { readOrganization } from "./organization.sql";
import { readMonthlyCost } from "./vm-cost.sql";
import { readVmNames, readVmPage } from "./vm-page.sql";
import { readWallet } from "./wallet.sql";

/** The arguments DASHBOARD_QUERY passes. */
const VM_PAGE_SIZE = 50;
const OPEN_ALERTS = 5;
const MIB_PER_GB = 1024;

/**
 * The dashboard's answer straight from the five databases, as provider staff sees it: what does
 * not depend on another database is read at once (organisation and scope, wallet with runway and
 * arrears, VM page, prices, open alerts, the month's bill); then the telemetry of the page's VMs and
 * scope, and the names of alerting VMs outside the page (only when there are any). Seven or eight
 * statements, two round trips deep.
 */
export async function dashboardBySql(
  dbs: PlatformDbs,
  organizationId: string,
  now: Date = new Date(),
): Promise<DashboardAnswer> {
  const window = resolveMetricWindow({ preset: MetricWindowPreset.LAST_DAY }, now);
  const [organization, wallet, page, monthlyCost, openAlerts, currentBill] = await Promise.all([
    readOrganization(dbs.tenancy, organizationId),
    readWallet(dbs.wallet, organizationId, now),
    readVmPage(dbs.vms, organizationId, VM_PAGE_SIZE),
    readMonthlyCost(dbs.catalog, now),
    readOpenAlerts(dbs.telemetry, organizationId, OPEN_ALERTS),
    readCurrentBill(dbs.telemetry, organizationId, now),
  ]);
  if (!organization) return { organization: null };

  const pageIds = page.vms.map((vm) => vm.id);
  const onPage = new Map(page.vms.map((vm) => [vm.id, vm.name]));
  const elsewhere = [...new Set(openAlerts.map((alert) => alert.vmId).filter((id) => !onPage.has(id)))];
  const [telemetry, otherNames] = await Promise.all([
    readFleetTelemetry(dbs.telemetry, organizationId, organization.scopeIds, pageIds, window, now),
    readVmNames(dbs.vms, organizationId, elsewhere),
  ]);
  const nameOf = (id: string) => onPage.get(id) ?? otherNames.get(id) ?? null;

  return {
    organization: {
      id: organization.id,
      name: organization.name,
      kind: organization.kind,
      parent: organization.parent,
      wallet,
      currentBill,
      usage: telemetry.usage,
      openAlerts: openAlerts.map(({ vmId, ...alert }) => ({ ...alert, vm: { id: vmId, name: nameOf(vmId)! } })),
      vms: {
        totalCount: page.totalCount,
        edges: page.vms.map((vm): { node: VmAnswer } => ({
          node: {
            id: vm.id,
            name: vm.name,
            powerState: vm.powerState,
            vcpuCount: vm.vcpuCount,
            memoryMib: vm.memoryMib,
            memoryGb: vm.memoryMib / MIB_PER_GB,
            disks: vm.disks.map((disk) => ({
              id: disk.id,
              capacityGb: disk.capacityGb,
              tier: disk.tier.toUpperCase(),
            })),
            estimatedMonthlyCost: monthlyCost(vm),
            ...telemetry.byVm.get(vm.id)!,
          },
        })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      },
    },
  };
}
