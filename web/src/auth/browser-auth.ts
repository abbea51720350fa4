import { createAuthApi } from "./auth-api";
import { AuthStore, type CrossTabLock } from "./auth-store";
import { sessionSignal, sessionSignalChange } from "./session-signal";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the tabs cannot signal each other; the cookie still works
  }
}

/**
 * The Web Locks API, where the browser has it (secure contexts, localhost included), serialises
 * refreshes across tabs: they share one refresh cookie, and two refreshes with it at once would
 * count as reuse and end the session.
 */
function webLock(name: string): CrossTabLock | undefined {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return undefined;
  // request() resolves with what the task resolves with; its typing nests the promise.
  return <T>(task: () => Promise<T>) => locks.request(name, () => task()) as Promise<T>;
}

/**
 * The session store of this tab, wired to the gateway's session routes (the refresh token
 * travels only as their HttpOnly cookie), the clock, `fetch` and the other tabs.
 */
export function createBrowserAuth(graphqlUrl = "/graphql", sessionUrl = "/auth"): AuthStore {
  const local = localStorageOrNull();
  const store = new AuthStore({
    api: createAuthApi({
      graphqlUrl,
      sessionUrl,
      fetch: (url, init) => window.fetch(url, init),
      now: () => Date.now(),
    }),
    signal: sessionSignal(local),
    clock: {
      now: () => Date.now(),
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    lock: webLock("dcx.session.refresh"),
    leave: (url) => window.location.assign(url),
    postLogoutRedirectUri: `${window.location.origin}/`,
  });
  // Fired in every other tab of the origin when one of them signs in or out.
  window.addEventListener("storage", (event) => {
    if (event.storageArea !== local) return;
    const change = sessionSignalChange(event);
    if (change) store.sessionSignalled(change);
  });
  store.start();
  return store;
}
