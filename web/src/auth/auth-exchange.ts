import { authExchange } from "@urql/exchange-auth";
import type { Exchange } from "urql";
import { isAuthError } from "./auth-errors";
import { EXPIRY_MARGIN_MS } from "./expiry";

/** What the exchange needs from the session (the AuthStore). */
export interface ExchangeSession {
  accessToken(): string | null;
  accessTokenExpiresWithin(marginMs: number): boolean;
  refresh(): Promise<void>;
}

/**
 * Puts the access token on every operation. A token about to expire is refreshed before
 * the operation is sent (`willAuthError`); an operation answered UNAUTHENTICATED or HTTP 401
 * triggers one refresh and is retried once (`didAuthError`). The refresh is the session's
 * single shared one, so parallel operations and the refresh timer never rotate twice; when
 * it is refused, the session signs out and the waiting operations fail.
 */
export function sessionAuthExchange(session: ExchangeSession): Exchange {
  return authExchange(async (utils) => ({
    addAuthToOperation(operation) {
      const token = session.accessToken();
      return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
    },
    willAuthError: () => session.accessTokenExpiresWithin(EXPIRY_MARGIN_MS),
    didAuthError: (error) => isAuthError(error),
    refreshAuth: () => session.refresh(),
  }));
}
