import { type AnyVariables, createRequest, type DocumentInput, getOperationName, stringifyDocument } from "urql";
import { AuthFailure, failureFromGraphQLErrors, type GraphQLErrorLike } from "./auth-errors";
import {
  RequestSignInCodeMutation,
  SignInOptionsQuery,
  SingleSignOnLogoutUrlQuery,
  StartSingleSignOnMutation,
} from "./auth-operations";
import { clockOffsetMs } from "./expiry";
import { type IssuedSession, parseIssuedSession } from "./session";

/**
 * The sign-in operations. Signing in, refreshing and signing out go to the gateway's session
 * routes (`/auth/…`), which keep the refresh token in an HttpOnly cookie that this code never
 * sees; asking for a code is an ordinary graph mutation. Every failure is thrown as an AuthFailure.
 */
export interface AuthApi {
  requestSignInCode(email: string): Promise<{ expiresInSeconds: number }>;
  signIn(email: string, code: string): Promise<IssuedSession>;
  /** Trades the refresh cookie for a new access token (and a rotated cookie). */
  refreshSession(): Promise<IssuedSession>;
  /** Ends the session of `accessToken` and clears the refresh cookie (also without a token). */
  signOut(accessToken: string | null): Promise<void>;
  /** Whether the address's domain signs in by single sign-on, and whether e-mail codes are allowed. */
  signInOptions(email: string): Promise<{ singleSignOn: boolean; emailCode: boolean }>;
  /** The IdP's authorization URL; the IdP sends the browser back to `redirectUri`. */
  startSingleSignOn(email: string, redirectUri: string): Promise<string>;
  /** Finishes single sign-on with the URL the IdP sent the browser back to (the session route sets the cookie). */
  completeSingleSignOn(callbackUrl: string): Promise<IssuedSession>;
  /** For a single sign-on session, the IdP's end-session URL; null otherwise. */
  singleSignOnLogoutUrl(accessToken: string, postLogoutRedirectUri: string): Promise<string | null>;
}

export interface AuthApiOptions {
  /** The GraphQL endpoint, `/graphql` in the browser. */
  graphqlUrl: string;
  /** Where the session routes live, `/auth` in the browser (same origin, so the cookie goes along). */
  sessionUrl: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  /** A request still unanswered after this long fails as unavailable (and frees the refresh lock). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

interface GraphQLBody {
  data: unknown;
  errors: GraphQLErrorLike[];
}

function parseBody(value: unknown): GraphQLBody | null {
  if (typeof value !== "object" || value === null) return null;
  const body = value as { data?: unknown; errors?: unknown };
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const wellFormed = errors.every(
    (error: unknown) =>
      typeof error === "object" && error !== null && typeof (error as GraphQLErrorLike).message === "string",
  );
  if (!wellFormed || (body.data == null && errors.length === 0)) return null;
  return { data: body.data ?? null, errors: errors as GraphQLErrorLike[] };
}

/**
 * Sends the sign-in operations with `fetch` rather than through the urql client: they run
 * outside any React tree (the refresh timer, other tabs), must never carry a stale access
 * token, and the HTTP `Date` header lets the session correct for a skewed local clock. Every
 * request is a JSON POST (the session routes refuse anything else, which keeps other sites out).
 */
export function createAuthApi({
  graphqlUrl,
  sessionUrl,
  fetch,
  now,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: AuthApiOptions): AuthApi {
  async function post(
    url: string,
    payload: unknown,
    accessToken?: string | null,
  ): Promise<{ data: unknown; serverClockOffsetMs: number | null }> {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (accessToken) headers["authorization"] = `Bearer ${accessToken}`;
    let response: Response;
    try {
      const init: RequestInit = { method: "POST", headers, body: JSON.stringify(payload), credentials: "same-origin" };
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuthFailure("unavailable", `DCX Cloud could not be reached (${reason})`);
    }
    const receivedAt = now();
    const body = parseBody(await response.json().catch(() => null));
    if (!body)
      throw new AuthFailure("unavailable", `DCX Cloud answered HTTP ${response.status} without a GraphQL result`);
    if (body.errors.length > 0) throw failureFromGraphQLErrors(body.errors);
    return { data: body.data, serverClockOffsetMs: clockOffsetMs(response.headers.get("date"), receivedAt) };
  }

  function graphql<Data, Variables extends AnyVariables>(
    document: DocumentInput<Data, Variables>,
    variables: Variables,
    accessToken?: string | null,
  ) {
    const request = createRequest(document, variables);
    const operation = {
      operationName: getOperationName(request.query),
      query: stringifyDocument(request.query),
      variables: request.variables,
    };
    return post(graphqlUrl, operation, accessToken).then(({ data }) => data as Data);
  }

  async function session(path: string, payload: object): Promise<IssuedSession> {
    const { data, serverClockOffsetMs } = await post(`${sessionUrl}${path}`, payload);
    return parseIssuedSession((data as { session?: unknown }).session, serverClockOffsetMs);
  }

  return {
    async requestSignInCode(email) {
      const data = await graphql(RequestSignInCodeMutation, { email });
      return { expiresInSeconds: data.requestSignInCode.expiresInSeconds };
    },
    signIn: (email, code) => session("/sign-in", { email, code }),
    refreshSession: () => session("/refresh", {}),
    async signOut(accessToken) {
      await post(`${sessionUrl}/sign-out`, {}, accessToken);
    },
    async signInOptions(email) {
      return (await graphql(SignInOptionsQuery, { email })).signInOptions;
    },
    async startSingleSignOn(email, redirectUri) {
      return (await graphql(StartSingleSignOnMutation, { email, redirectUri })).startSingleSignOn.authorizationUrl;
    },
    completeSingleSignOn: (callbackUrl) => session("/single-sign-on", { callbackUrl }),
    async singleSignOnLogoutUrl(accessToken, postLogoutRedirectUri) {
      return (
        (await graphql(SingleSignOnLogoutUrlQuery, { postLogoutRedirectUri }, accessToken)).singleSignOnLogoutUrl ??
        null
      );
    },
  };
}
