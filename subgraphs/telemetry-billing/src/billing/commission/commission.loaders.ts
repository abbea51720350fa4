import { encodeTimeCursor, type TimeCursor } from "@dcx/kit";
import DataLoader from "dataloader";
import type { TelemetryContext } from "../../context";
import { type CommissionRate, commissionHistories } from "./commission-rate.store";
import { findStatementLines, findStatementPages, type StatementPage } from "./commission-statement.store";
import type { CommissionLineDraft } from "./wholesale";

interface CommissionLoaders {
  page(first: number, after: TimeCursor | null): DataLoader<string, StatementPage>;
  lines: DataLoader<string, CommissionLineDraft[]>;
  history: DataLoader<string, CommissionRate[]>;
}

const perRequest = new WeakMap<TelemetryContext, CommissionLoaders>();

/** Per request: statements of many resellers, their lines and their percentages are a statement each. */
export function commissionLoaders(ctx: TelemetryContext): CommissionLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const pages = new Map<string, DataLoader<string, StatementPage>>();
    loaders = {
      page(first, after) {
        const key = `${first}|${after ? encodeTimeCursor(after) : ""}`;
        let loader = pages.get(key);
        if (!loader) {
          loader = new DataLoader((ids: readonly string[]) => findStatementPages(ctx.db, ids, first, after));
          pages.set(key, loader);
        }
        return loader;
      },
      lines: new DataLoader((ids: readonly string[]) => findStatementLines(ctx.db, ids)),
      history: new DataLoader((ids: readonly string[]) => commissionHistories(ctx.db, ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
