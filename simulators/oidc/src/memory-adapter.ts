/**
 * oidc-provider's storage for one process: sessions, codes and grants in a Map, with their expiry
 * (the simulator forgets everything when it stops, which a local IdP may).
 */
type Payload = Record<string, unknown> & { grantId?: string; userCode?: string; uid?: string; consumed?: number };

/** A fresh adapter class per IdP, so two simulators in one process share nothing. */
export function memoryAdapter() {
  const store = new Map<string, { payload: Payload; expiresAt: number }>();
  return class MemoryAdapter {
    constructor(private readonly model: string) {}

    private key = (id: string) => `${this.model}:${id}`;

    async upsert(id: string, payload: Payload, expiresIn: number): Promise<void> {
      store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.grantId)
        store.set(`grant:${payload.grantId}:${this.key(id)}`, {
          payload: { id },
          expiresAt: Date.now() + expiresIn * 1000,
        });
    }

    async find(id: string): Promise<Payload | undefined> {
      const found = store.get(this.key(id));
      if (!found || found.expiresAt < Date.now()) return undefined;
      return found.payload;
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      for (const [key, value] of store) {
        if (key.startsWith(`${this.model}:`) && value.payload.uid === uid && value.expiresAt >= Date.now())
          return value.payload;
      }
      return undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      for (const [key, value] of store) {
        if (key.startsWith(`${this.model}:`) && value.payload.userCode === userCode) return value.payload;
      }
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const found = store.get(this.key(id));
      if (found) found.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of [...store.keys()]) {
        if (key.startsWith(`grant:${grantId}:`)) {
          store.delete(key.slice(`grant:${grantId}:`.length));
          store.delete(key);
        }
      }
    }
  };
}
