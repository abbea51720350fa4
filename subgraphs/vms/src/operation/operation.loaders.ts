import { encodeTimeCursor, type TimeCursor, visibleOrganizations } from "@dcx/kit";
import DataLoader from "dataloader";
import type { VmsContext } from "../context";
import {
  findLatestOperationsByVmIds,
  findOperationPagesByOrganizationIds,
  findOperationsByIds,
  type OperationPage,
} from "./operation.store";
import type { VmOperation } from "./operation.type";

/**
 * Per-request loaders, limited in SQL to the organisations the caller may see. A page size (and
 * cursor) changes the query, so each distinct one gets its own loader; everything asked for with
 * the same one shares one query.
 */
function createOperationLoaders(ctx: VmsContext) {
  const visible = visibleOrganizations(ctx.caller);
  const latest = new Map<number, DataLoader<string, VmOperation[]>>();
  const pages = new Map<string, DataLoader<string, OperationPage>>();
  return {
    operationById: new DataLoader((ids: readonly string[]) => findOperationsByIds(ctx.db, ids, visible)),
    /** `Vm.operations(first)`. */
    latestOperationsByVmId(first: number): DataLoader<string, VmOperation[]> {
      let loader = latest.get(first);
      if (!loader) {
        loader = new DataLoader((vmIds: readonly string[]) =>
          findLatestOperationsByVmIds(ctx.db, vmIds, first, visible),
        );
        latest.set(first, loader);
      }
      return loader;
    },
    /** `Organization.vmOperations(first, after)`. */
    operationPageByOrganizationId(first: number, after: TimeCursor | null): DataLoader<string, OperationPage> {
      const key = `${first}|${after ? encodeTimeCursor(after) : ""}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader((organizationIds: readonly string[]) =>
          findOperationPagesByOrganizationIds(ctx.db, organizationIds, first, after, visible),
        );
        pages.set(key, loader);
      }
      return loader;
    },
  };
}

// Kept beside the request's context (one per request) rather than in it, so that this module
// owns its loaders; a new context means new loaders, so nothing is cached across requests.
const byContext = new WeakMap<VmsContext, ReturnType<typeof createOperationLoaders>>();

export function operationLoaders(ctx: VmsContext): ReturnType<typeof createOperationLoaders> {
  let loaders = byContext.get(ctx);
  if (!loaders) {
    loaders = createOperationLoaders(ctx);
    byContext.set(ctx, loaders);
  }
  return loaders;
}
