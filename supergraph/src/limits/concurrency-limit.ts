interface InFlight {
  count: number;
  cost: number;
}

/**
 * Operations in flight per caller, so one tenant cannot hold every socket and subgraph
 * connection: at most `maxPerCaller` at once, and together costing at most `maxCostPerCaller`
 * (one operation alone always may), so a full budget cannot be spent on heavy queries all running
 * at the same moment. A slot is taken before planning and given back when the work has really
 * ended (after an execution timeout too, since the subgraphs may still be answering).
 */
export class ConcurrencyLimit {
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    readonly maxPerCaller: number,
    readonly maxCostPerCaller = Number.POSITIVE_INFINITY,
  ) {}

  /** A function that gives the slot back (once), or null when the caller is at its limit. */
  acquire(caller: string, cost = 0): (() => void) | null {
    const current = this.inFlight.get(caller) ?? { count: 0, cost: 0 };
    if (current.count >= this.maxPerCaller) return null;
    if (current.count > 0 && current.cost + cost > this.maxCostPerCaller) return null;
    this.inFlight.set(caller, { count: current.count + 1, cost: current.cost + cost });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = this.inFlight.get(caller);
      if (!now || now.count <= 1) this.inFlight.delete(caller);
      else this.inFlight.set(caller, { count: now.count - 1, cost: now.cost - cost });
    };
  }

  count(caller: string): number {
    return this.inFlight.get(caller)?.count ?? 0;
  }
}
