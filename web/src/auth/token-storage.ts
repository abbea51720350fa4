/** The part of the Web Storage API the session needs; `localStorage` fits it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const REFRESH_TOKEN_KEY = "dcx.session.refreshToken";

/** Where the refresh token outlives a reload and is shared by every tab of the origin. */
export interface RefreshTokenStorage {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

/**
 * The refresh token in `storage` (localStorage in the browser). Storage that is missing or
 * refuses access (a privacy mode, a full quota) degrades to memory: the session then works
 * in this tab until it is reloaded.
 */
export function refreshTokenStorage(storage: KeyValueStorage | null): RefreshTokenStorage {
  let fallback: string | null = null;
  const attempt = <T>(action: (target: KeyValueStorage) => T): T | undefined => {
    if (!storage) return undefined;
    try {
      return action(storage);
    } catch {
      return undefined;
    }
  };
  return {
    read: () => {
      const stored = attempt((target) => target.getItem(REFRESH_TOKEN_KEY));
      return stored === undefined ? fallback : stored;
    },
    write: (token) => {
      fallback = token;
      attempt((target) => target.setItem(REFRESH_TOKEN_KEY, token));
    },
    clear: () => {
      fallback = null;
      attempt((target) => target.removeItem(REFRESH_TOKEN_KEY));
    },
  };
}

/** The fields of a `storage` event this module reads. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/**
 * What a `storage` event (fired in the *other* tabs of the origin) means for the session:
 * the token another tab stored (null when it signed out or storage was cleared), or
 * undefined when the event concerns something else.
 */
export function storedTokenChange(event: StorageChange): { token: string | null } | undefined {
  if (event.key === null) return { token: null };
  if (event.key !== REFRESH_TOKEN_KEY) return undefined;
  return { token: event.newValue };
}
