/** The part of the Web Storage API the signal needs; `localStorage` fits it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SESSION_SIGNAL_KEY = "dcx.session.signedInAt";

/**
 * Whether this browser holds a session, as the tabs of the origin tell each other. It holds
 * no credential: the refresh token is an HttpOnly cookie no script can read, and the value is
 * only the time of the latest sign-in, which changes with every sign-in so the other tabs hear
 * of each one (`storage` events fire only on a change).
 */
export interface SessionSignal {
  /**
   * Whether a session was signed in on this browser and not signed out since; also true when
   * that cannot be known (no usable storage), so that the refresh cookie decides.
   */
  isRaised(): boolean;
  /** A sign-in happened (here): other tabs resume the session. */
  raise(at: number): void;
  /** A session was resumed: raise the signal only if it is down, so nobody is told twice. */
  keepRaised(at: number): void;
  /** The session ended (here): other tabs sign out. */
  lower(): void;
}

/**
 * The signal in `storage` (localStorage in the browser). Storage that is missing or refuses
 * access (a privacy mode) degrades to memory: the tabs then cannot tell each other, but the
 * cookie still carries the session across a reload.
 */
export function sessionSignal(storage: KeyValueStorage | null): SessionSignal {
  // Without usable storage: what this tab did, or undefined while it has done nothing yet.
  let fallback: string | null | undefined = undefined;
  const attempt = <T>(action: (target: KeyValueStorage) => T): T | undefined => {
    if (!storage) return undefined;
    try {
      return action(storage);
    } catch {
      return undefined;
    }
  };
  const read = () => {
    const stored = attempt((target) => target.getItem(SESSION_SIGNAL_KEY));
    return stored === undefined ? fallback : stored;
  };
  const write = (at: number) => {
    fallback = String(at);
    attempt((target) => target.setItem(SESSION_SIGNAL_KEY, String(at)));
  };
  return {
    isRaised: () => read() !== null,
    raise: write,
    keepRaised: (at) => {
      if (read() == null) write(at);
    },
    lower: () => {
      fallback = null;
      attempt((target) => target.removeItem(SESSION_SIGNAL_KEY));
    },
  };
}

/** The fields of a `storage` event this module reads. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/**
 * What a `storage` event (fired in the *other* tabs of the origin) means for the session: a
 * sign-in elsewhere, a sign-out elsewhere (or storage cleared), or nothing (another key).
 */
export function sessionSignalChange(event: StorageChange): "signed-in" | "signed-out" | undefined {
  if (event.key === null) return "signed-out";
  if (event.key !== SESSION_SIGNAL_KEY) return undefined;
  return event.newValue === null ? "signed-out" : "signed-in";
}
