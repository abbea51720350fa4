import { createContext, use, useSyncExternalStore } from "react";
import type { AuthState, AuthStore } from "./auth-store";

export const AuthContext = createContext<AuthStore | null>(null);

export function useAuth(): AuthStore {
  const auth = use(AuthContext);
  if (!auth) throw new Error("useAuth() needs an <AuthContext> around the app");
  return auth;
}

/** The session state; re-renders when the user signs in or out, or a refresh reports new details. */
export function useAuthState(): AuthState {
  const auth = useAuth();
  return useSyncExternalStore(auth.subscribe, auth.getState);
}
