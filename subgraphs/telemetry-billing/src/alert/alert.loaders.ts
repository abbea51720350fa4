import {
  type Caller,
  encodeTimeCursor,
  isUuid,
  manyByKey,
  oneByKey,
  type TimeCursor,
  type Visibility,
  visibleOrganizations,
} from "@dcx/kit";
import DataLoader from "dataloader";
import type { AlertRow, AlertRuleRow } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { type MetricWindow, metricWindowKey } from "../window/metric-window";
import { ensureDefaultRules, findRulesByIds, findRulesOfOrganizations } from "./alert-rule.store";
import { countOpenAlertsOfVms, findAlertsOfVms, findOpenAlertsOfOrganizations } from "./alert.store";
import { findResolvedAlertPages, type ResolvedAlertPage } from "./resolved-alerts.store";

/** What the alert resolvers need of the request's context. */
export interface AlertContext {
  db: TelemetryDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The request's "now": defaulted windows and every write of the request use it. */
  now: Date;
}

/** Ids as PostgreSQL prints them; text that is no UUID cannot match a row (and would fail a uuid cast). */
const wanted = (ids: readonly string[]) => [...new Set(ids.map((id) => id.toLowerCase()).filter(isUuid))];
const keyed = (ids: readonly string[]) => ids.map((id) => id.toLowerCase());

/**
 * Per-request loaders over what the caller may see: every VM or organisation asked for in one
 * request with the same arguments costs one query, whatever their number.
 */
export function createAlertLoaders(db: TelemetryDb, visible: Visibility) {
  const alertsByWindow = new Map<string, DataLoader<string, AlertRow[]>>();
  const openAlertsByFirst = new Map<number, DataLoader<string, AlertRow[]>>();
  const resolvedPages = new Map<string, DataLoader<string, ResolvedAlertPage>>();
  return {
    alertsOfVm(window: MetricWindow): DataLoader<string, AlertRow[]> {
      const key = metricWindowKey(window);
      let loader = alertsByWindow.get(key);
      if (!loader) {
        loader = new DataLoader(async (vmIds) =>
          manyByKey(keyed(vmIds), await findAlertsOfVms(db, wanted(vmIds), window, visible), (row) => row.vmId),
        );
        alertsByWindow.set(key, loader);
      }
      return loader;
    },
    openAlertCountOfVm: new DataLoader<string, number>(async (vmIds) =>
      oneByKey(keyed(vmIds), await countOpenAlertsOfVms(db, wanted(vmIds), visible), (row) => row.vmId).map(
        (row) => row?.open ?? 0,
      ),
    ),
    openAlertsOfOrganization(first: number): DataLoader<string, AlertRow[]> {
      let loader = openAlertsByFirst.get(first);
      if (!loader) {
        loader = new DataLoader(async (ids) =>
          manyByKey(
            keyed(ids),
            await findOpenAlertsOfOrganizations(db, wanted(ids), first, visible),
            (row) => row.organizationId,
          ),
        );
        openAlertsByFirst.set(first, loader);
      }
      return loader;
    },
    /** One statement for every organisation asked with the same page size and cursor. */
    resolvedAlertsOfOrganization(first: number, after: TimeCursor | null): DataLoader<string, ResolvedAlertPage> {
      const key = `${first}|${after ? encodeTimeCursor(after) : ""}`;
      let loader = resolvedPages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const pages = await findResolvedAlertPages(db, wanted(ids), first, after, visible);
          const byId = new Map(wanted(ids).map((id, index) => [id, pages[index]!]));
          return keyed(ids).map((id) => byId.get(id) ?? { alerts: [], hasNextPage: false });
        });
        resolvedPages.set(key, loader);
      }
      return loader;
    },
    // An organisation's default rules are made on its first read, so every rule a client sees
    // has a stable id it can change (see the README).
    rulesOfOrganization: new DataLoader<string, AlertRuleRow[]>(async (ids) => {
      await ensureDefaultRules(db, wanted(ids));
      const rows = await findRulesOfOrganizations(db, wanted(ids), visible);
      return manyByKey(keyed(ids), rows, (row) => row.organizationId);
    }),
    ruleById: new DataLoader<string, AlertRuleRow | null>(async (ids) =>
      oneByKey(keyed(ids), await findRulesByIds(db, wanted(ids), visible), (row) => row.id),
    ),
  };
}

export type AlertLoaders = ReturnType<typeof createAlertLoaders>;

// The context object lives exactly one request, so loaders keyed by it never outlive it.
const perRequest = new WeakMap<object, AlertLoaders>();

/** The request's alert loaders, made on first use. */
export function alertLoaders(ctx: AlertContext): AlertLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createAlertLoaders(ctx.db, visibleOrganizations(ctx.caller));
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
