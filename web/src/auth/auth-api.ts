import { type AnyVariables, createRequest, type DocumentInput, getOperationName, stringifyDocument } from "urql";
import { type FragmentType, getFragmentData } from "../gql";
import { AuthFailure, failureFromGraphQLErrors, type GraphQLErrorLike } from "./auth-errors";
import {
  AuthApi_SessionTokensFragment,
  RefreshSessionMutation,
  RequestSignInCodeMutation,
  SignInMutation,
  SignOutMutation,
} from "./auth-operations";
import { clockOffsetMs } from "./expiry";
import type { IssuedSession } from "./session";

/** The four sign-in operations of the graph. Every failure is thrown as an AuthFailure. */
export interface AuthApi {
  requestSignInCode(email: string): Promise<{ expiresInSeconds: number }>;
  signIn(email: string, code: string): Promise<IssuedSession>;
  refreshSession(refreshToken: string): Promise<IssuedSession>;
  signOut(accessToken: string): Promise<void>;
}

export interface AuthApiOptions {
  /** The GraphQL endpoint, `/graphql` in the browser. */
  url: string;
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
 * token, and the HTTP `Date` header lets the session correct for a skewed local clock.
 */
export function createAuthApi({ url, fetch, now, timeoutMs = DEFAULT_TIMEOUT_MS }: AuthApiOptions): AuthApi {
  async function send<Data, Variables extends AnyVariables>(
    document: DocumentInput<Data, Variables>,
    variables: Variables,
    accessToken?: string,
  ): Promise<{ data: Data; serverClockOffsetMs: number | null }> {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (accessToken) headers["authorization"] = `Bearer ${accessToken}`;
    let response: Response;
    try {
      const request = createRequest(document, variables);
      const body = JSON.stringify({
        operationName: getOperationName(request.query),
        query: stringifyDocument(request.query),
        variables: request.variables,
      });
      response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuthFailure("unavailable", `DCX Cloud could not be reached (${reason})`);
    }
    const receivedAt = now();
    const body = parseBody(await response.json().catch(() => null));
    if (!body)
      throw new AuthFailure("unavailable", `DCX Cloud answered HTTP ${response.status} without a GraphQL result`);
    if (body.errors.length > 0) throw failureFromGraphQLErrors(body.errors);
    return { data: body.data as Data, serverClockOffsetMs: clockOffsetMs(response.headers.get("date"), receivedAt) };
  }

  const issued = (
    tokens: FragmentType<typeof AuthApi_SessionTokensFragment>,
    serverClockOffsetMs: number | null,
  ): IssuedSession => ({ ...getFragmentData(AuthApi_SessionTokensFragment, tokens), serverClockOffsetMs });

  return {
    async requestSignInCode(email) {
      const { data } = await send(RequestSignInCodeMutation, { email });
      return { expiresInSeconds: data.requestSignInCode.expiresInSeconds };
    },
    async signIn(email, code) {
      const { data, serverClockOffsetMs } = await send(SignInMutation, { email, code });
      return issued(data.signIn, serverClockOffsetMs);
    },
    async refreshSession(refreshToken) {
      const { data, serverClockOffsetMs } = await send(RefreshSessionMutation, { refreshToken });
      return issued(data.refreshSession, serverClockOffsetMs);
    },
    async signOut(accessToken) {
      await send(SignOutMutation, {}, accessToken);
    },
  };
}
