import type { AuthApi } from "./auth-api";
import { AuthFailure, endsSession, toAuthFailure } from "./auth-errors";
import { EXPIRY_MARGIN_MS, expiresWithin, localExpiry, refreshDelay, RETRY_DELAY_MS } from "./expiry";
import type { IssuedSession, SessionUser } from "./session";
import { singleFlight } from "./single-flight";
import type { SessionSignal } from "./session-signal";

export type AuthState =
  | { status: "restoring"; problem: string | null }
  | { status: "signed-out"; notice: string | null }
  | { status: "signed-in"; user: SessionUser };

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs a task while holding a lock shared by every tab of the origin. */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>;

export interface AuthStoreDeps {
  api: AuthApi;
  signal: SessionSignal;
  clock: Clock;
  lock?: CrossTabLock;
  /** Sends the browser away (to the IdP's end-session page after signing out of a single sign-on session). */
  leave?: (url: string) => void;
  /** Where the IdP sends the browser back after its logout: the sign-in page. */
  postLogoutRedirectUri?: string;
}

export const SESSION_ENDED = "Your session has ended. Sign in again to continue.";
export const SIGNED_OUT_ELSEWHERE = "You signed out in another tab.";

/**
 * The session: the access token and its expiry in memory, the user in the state React renders;
 * the refresh token is an HttpOnly cookie that only the gateway's refresh route sees. The access
 * token is refreshed five minutes before it expires, and on demand (an API call answered
 * UNAUTHENTICATED). The tabs of a browser share the cookie, and reusing a rotated refresh token
 * revokes the whole session, so refreshes are serialised within the tab (one shared promise) and
 * across tabs (the lock: each refresh sends the cookie the previous one left).
 */
export class AuthStore {
  private state: AuthState = { status: "restoring", problem: null };
  private readonly listeners = new Set<() => void>();
  private access: { token: string; expiresAt: number } | null = null;
  private timer: unknown = null;
  /** Bumped when the session ends, so that a refresh still in flight cannot revive it. */
  private generation = 0;
  /** Rotates the refresh token. Concurrent callers share one request. */
  readonly refresh: () => Promise<void>;

  constructor(private readonly deps: AuthStoreDeps) {
    const lock: CrossTabLock = deps.lock ?? ((task) => task());
    this.refresh = singleFlight(() => lock(() => this.rotate()));
  }

  readonly getState = (): AuthState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resumes the session of the refresh cookie when this browser has signed in (and not out) since. */
  start(): void {
    if (this.deps.signal.isRaised()) this.restore(null);
    else this.setState({ status: "signed-out", notice: null });
  }

  requestSignInCode(email: string): Promise<{ expiresInSeconds: number }> {
    return this.deps.api.requestSignInCode(email);
  }

  signInOptions(email: string): Promise<{ singleSignOn: boolean; emailCode: boolean }> {
    return this.deps.api.signInOptions(email);
  }

  startSingleSignOn(email: string, redirectUri: string): Promise<string> {
    return this.deps.api.startSingleSignOn(email, redirectUri);
  }

  /** Throws an AuthFailure (a refused or expired answer from the IdP) for the callback page to show. */
  async completeSingleSignOn(callbackUrl: string): Promise<void> {
    this.accept(await this.deps.api.completeSingleSignOn(callbackUrl), "signed-in");
  }

  /** Throws an AuthFailure (wrong code, rate limit, network) for the sign-in page to show. */
  async signIn(email: string, code: string): Promise<void> {
    this.accept(await this.deps.api.signIn(email, code), "signed-in");
  }

  accessToken(): string | null {
    return this.access?.token ?? null;
  }

  accessTokenExpiresWithin(marginMs: number): boolean {
    return this.access !== null && expiresWithin(this.access.expiresAt, this.deps.clock.now(), marginMs);
  }

  /** Ends the session on the server (best effort) and here (always). Never rejects. */
  async signOut(): Promise<void> {
    let token = this.accessToken();
    if (token && this.accessTokenExpiresWithin(EXPIRY_MARGIN_MS)) {
      token = await this.refresh().then(
        () => this.accessToken(),
        () => null,
      );
    }
    // Signed out here at once, so the page leaves the signed-in app (and its address) straight away.
    this.end(null);
    // Asked while the server's session still lives: a single sign-on session also ends at the IdP
    // (RP-initiated logout), once the platform's has ended.
    const idpLogout =
      token && this.deps.leave && this.deps.postLogoutRedirectUri
        ? await this.deps.api.singleSignOnLogoutUrl(token, this.deps.postLogoutRedirectUri).catch(() => null)
        : null;
    // Also without a token: the server clears the refresh cookie either way.
    await this.deps.api.signOut(token).catch(() => undefined);
    if (idpLogout) this.deps.leave?.(idpLogout);
  }

  /** Another tab signed in (this one resumes the shared session) or signed out (this one too). */
  sessionSignalled(change: "signed-in" | "signed-out"): void {
    if (change === "signed-out") this.end(SIGNED_OUT_ELSEWHERE);
    else if (this.state.status === "signed-out") this.restore(null);
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private restore(problem: string | null): void {
    this.setState({ status: "restoring", problem });
    this.refresh().catch(() => undefined); // the outcome is in the state
  }

  private async rotate(): Promise<void> {
    const generation = this.generation;
    let issued: IssuedSession;
    try {
      // The browser sends the newest cookie, whichever tab rotated it last.
      issued = await this.deps.api.refreshSession();
    } catch (error) {
      const failure = toAuthFailure(error);
      if (generation === this.generation) this.refreshFailed(failure);
      throw failure;
    }
    if (generation !== this.generation) throw new AuthFailure("unauthenticated", "Signed out during the refresh");
    this.accept(issued, "refreshed");
  }

  private refreshFailed(failure: AuthFailure): void {
    if (endsSession(failure)) {
      this.end(SESSION_ENDED);
      return;
    }
    this.schedule(failure.retryAfterSeconds ? failure.retryAfterSeconds * 1000 : RETRY_DELAY_MS);
    if (this.state.status === "restoring") {
      this.setState({ status: "restoring", problem: `${failure.message}. Trying again shortly…` });
    }
  }

  private accept(issued: IssuedSession, how: "signed-in" | "refreshed"): void {
    const expiresAt = localExpiry(issued.accessTokenExpiresAt, issued.serverClockOffsetMs);
    this.access = { token: issued.accessToken, expiresAt };
    const now = this.deps.clock.now();
    if (how === "signed-in") this.deps.signal.raise(now);
    else this.deps.signal.keepRaised(now);
    this.schedule(refreshDelay(expiresAt, this.deps.clock.now()));
    this.setState({ status: "signed-in", user: issued.user });
  }

  private end(notice: string | null): void {
    this.generation += 1;
    this.clearTimer();
    this.access = null;
    this.deps.signal.lower();
    if (this.state.status !== "signed-out") this.setState({ status: "signed-out", notice });
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.refresh().catch(() => undefined); // failures are handled in rotate()
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
