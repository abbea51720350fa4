import { DomainError, type Clock } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import { createCatalogClient } from "./catalog.client";
import type { MoneyGate, ReserveRequest } from "./money-gate";
import { findRunningVmSpecs } from "./running-vms.store";
import { rand, randLabel, runwayCents } from "./runway";
import type { MoneyServices } from "./service-call";
import { createWalletClient } from "./wallet.client";

export const DEFAULT_RUNWAY_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

export interface WalletMoneyGateOptions {
  /** Signs as `vms` for the targets `wallet` and `catalog`. */
  services: MoneyServices;
  db: VmsDb;
  /** How long a hold and the running VMs must be covered for (1–720 hours). */
  runwayHours: number;
  clock: Clock;
}

/** The hold's idempotency key: one operation, one hold, however often it is asked for. */
export const holdKeyOf = (operationId: string) => `vm-operation:${operationId}`;

/**
 * The money gate on the wallet and catalog subgraphs. One catalog call prices the VM (and its
 * previous shape for a growth) and everything the organisation runs; one wallet call places the
 * hold, and the wallet checks "amount + runway of what runs ≤ what may be spent" under its
 * wallet lock, so concurrent reservations cannot all pass on the same money.
 */
export function createWalletMoneyGate(options: WalletMoneyGateOptions): MoneyGate {
  const { db, runwayHours, clock } = options;
  if (!Number.isSafeInteger(runwayHours) || runwayHours < 1 || runwayHours > 720) {
    throw new RangeError(`The runway must be 1 to 720 hours, got ${runwayHours}`);
  }
  const catalog = createCatalogClient(options.services);
  const wallet = createWalletClient(options.services);

  return {
    async reserve(request: ReserveRequest) {
      const running = await findRunningVmSpecs(db, request.organizationId);
      const specs = request.from ? [request.to, request.from, ...running] : [request.to, ...running];
      const totals = await catalog.monthlyTotals(specs);
      const [to, from] = request.from ? [totals[0]!, totals[1]!] : [totals[0]!, 0n];
      const runningMonthly = totals.slice(request.from ? 2 : 1).reduce((sum, total) => sum + total, 0n);

      const amountCents = runwayCents(to - from, runwayHours);
      if (amountCents <= 0n) return null;
      const keepAvailableCents = runwayCents(runningMonthly, runwayHours);
      const outcome = await wallet.placeHold({
        organizationId: request.organizationId,
        amountCents,
        keepAvailableCents,
        reason: request.reason,
        idempotencyKey: holdKeyOf(request.operationId),
        expiresAt: new Date(clock().getTime() + (runwayHours + 1) * HOUR_MS),
      });
      if ("held" in outcome) return { holdId: outcome.held.holdId, amount: rand(outcome.held.amountCents) };
      const what = `${runwayHours} h of ${request.vmName ?? "this VM"}${running.length ? " and what already runs" : ""}`;
      throw new DomainError(
        "INSUFFICIENT_FUNDS",
        `Not enough funds: ${randLabel(outcome.shortfallCents)} short for ${what}`,
        {
          shortfall: rand(outcome.shortfallCents),
          amount: rand(amountCents),
          keepAvailable: rand(keepAvailableCents),
          runwayHours,
        },
      );
    },

    release: (holdId) => wallet.releaseHold(holdId),

    findVmSize: (name) => catalog.findVmSize(name),
  };
}
