import { UsedTokenIds } from "../gateway-trust/used-token-ids";

/** "replayed": some process sharing the store already claimed the id; "full": none can be remembered now. */
export type Claim = "claimed" | "replayed" | "full";

/** Ids (a token's `jti`) that may be used once while they could still verify. */
export interface UsedIds {
  /** Records `id` as used until `expiresAtMs`, unless it already was. */
  claim(id: string, expiresAtMs: number): Promise<Claim>;
}

/**
 * Where a service remembers used ids, one namespace per kind of token. In memory it is this
 * process's alone; on Redis every replica of the service shares it, so a token accepted by one
 * replica is refused by all the others.
 */
export interface UsedIdStore {
  /** Every replica sees the same ids (true on Redis). */
  readonly shared: boolean;
  namespace(name: string): UsedIds;
}

/** This process's memory: right for one replica (and for `npm start`). */
export function memoryUsedIdStore(options: { capacity?: number; now?: () => number } = {}): UsedIdStore {
  const namespaces = new Map<string, UsedIds>();
  return {
    shared: false,
    namespace(name) {
      let ids = namespaces.get(name);
      if (!ids) {
        const used = new UsedTokenIds(options.capacity, options.now);
        ids = { claim: async (id, expiresAtMs) => used.claim(id, expiresAtMs) };
        namespaces.set(name, ids);
      }
      return ids;
    },
  };
}
