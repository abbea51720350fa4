import { createAuthApi } from "./auth-api";
import { AuthStore, type CrossTabLock } from "./auth-store";
import { refreshTokenStorage, storedTokenChange } from "./token-storage";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the session lives in this tab's memory only
  }
}

/** The Web Locks API, where the browser has it (secure contexts), serialises refreshes across tabs. */
function webLock(name: string): CrossTabLock | undefined {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return undefined;
  // request() resolves with what the task resolves with; its typing nests the promise.
  return <T>(task: () => Promise<T>) => locks.request(name, () => task()) as Promise<T>;
}

/** The session store of this tab, wired to localStorage, the clock, `fetch` and the other tabs. */
export function createBrowserAuth(graphqlUrl = "/graphql"): AuthStore {
  const local = localStorageOrNull();
  const store = new AuthStore({
    api: createAuthApi({ url: graphqlUrl, fetch: (url, init) => window.fetch(url, init), now: () => Date.now() }),
    storage: refreshTokenStorage(local),
    clock: {
      now: () => Date.now(),
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    lock: webLock("dcx.session.refresh"),
  });
  // Fired in every other tab of the origin when one of them rotates, stores or removes the token.
  window.addEventListener("storage", (event) => {
    if (event.storageArea !== local) return;
    const change = storedTokenChange(event);
    if (change) store.storedTokenChanged(change.token);
  });
  store.start();
  return store;
}
