import { isUuid, manyByKey, type Visibility, visibleOrganizations } from "@dcx/kit";
import DataLoader from "dataloader";
import type { AlertContext } from "../alert/alert.loaders";
import type { TelemetryDb } from "../db/telemetry-db";
import { type MetricWindow, metricWindowKey } from "../window/metric-window";
import { healthOf } from "./health-score";
import { findHealthRows } from "./health.store";
import type { VmHealth } from "./vm-health.type";

/**
 * One DataLoader per distinct window, keyed by VM id: the health of N VMs over one window costs
 * one query (where data is and which rules breached), whatever N. Nothing of an organisation
 * outside `visible` is read: such a VM has no data, exactly like a VM that never sent a sample.
 */
export function createHealthLoaders(db: TelemetryDb, visible: Visibility, now: Date) {
  const byWindow = new Map<string, DataLoader<string, VmHealth>>();
  return {
    healthOfVm(window: MetricWindow): DataLoader<string, VmHealth> {
      const key = metricWindowKey(window);
      let loader = byWindow.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const keys = ids.map((id) => id.toLowerCase());
          const wanted = [...new Set(keys.filter(isUuid))];
          const { data, breaches } = await findHealthRows(db, wanted, window, visible, now);
          const dataOf = manyByKey(keys, data, (row) => row.vm_id);
          return manyByKey(keys, breaches, (row) => row.vm_id).map((vmBreaches, i) =>
            healthOf(window, new Set(dataOf[i]!.map((row) => Number(row.idx))), vmBreaches),
          );
        });
        byWindow.set(key, loader);
      }
      return loader;
    },
  };
}

type HealthLoaders = ReturnType<typeof createHealthLoaders>;
// The context object lives exactly one request, so loaders keyed by it never outlive it.
const perRequest = new WeakMap<object, HealthLoaders>();

export function healthLoaders(ctx: AlertContext): HealthLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createHealthLoaders(ctx.db, visibleOrganizations(ctx.caller), ctx.now);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
