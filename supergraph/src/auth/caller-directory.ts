import { createHash, type KeyObject } from "node:crypto";
import { type Caller, DomainError, GATEWAY_TOKEN_HEADER, parseCaller, signGatewayToken } from "@dcx/kit";
import { ExpiringCache } from "./expiring-cache";

const CALLER_FIELDS =
  "kind id sessionId organizationId organizationKind role readOnly allOrganizations visibleOrganizationIds";
const SESSION_QUERY = `query($sessionId: ID!) { internalSessionCaller(sessionId: $sessionId) { ${CALLER_FIELDS} } }`;
const API_KEY_QUERY = `query($secret: String!) { internalApiKeyCaller(secret: $secret) { ${CALLER_FIELDS} } }`;

interface InternalCaller extends Omit<Caller, "visibleOrganizationIds"> {
  allOrganizations: boolean;
  visibleOrganizationIds: string[];
}

/**
 * Asks tenancy, which owns sessions, API keys and the organisation tree, who a credential
 * belongs to and what it may see. Answers are cached for `ttlMs`: signing out, revoking a key or
 * adding a customer to a reseller takes effect within that time.
 */
export class CallerDirectory {
  private readonly sessions: ExpiringCache<Caller | null>;
  private readonly apiKeys: ExpiringCache<Caller | null>;

  constructor(
    private readonly tenancyUrl: () => string | undefined,
    private readonly signingKey: KeyObject,
    ttlMs = 30_000,
    private readonly log: (entry: Record<string, unknown>) => void = (entry) => console.error(JSON.stringify(entry)),
  ) {
    this.sessions = new ExpiringCache(ttlMs);
    this.apiKeys = new ExpiringCache(ttlMs);
  }

  sessionCaller(sessionId: string, clientAddress: string): Promise<Caller | null> {
    return this.sessions.getOrLoad(sessionId, () =>
      this.ask("internalSessionCaller", SESSION_QUERY, { sessionId }, clientAddress),
    );
  }

  apiKeyCaller(secret: string, clientAddress: string): Promise<Caller | null> {
    // Keyed by a hash: the cache never holds a usable secret.
    const key = createHash("sha256").update(secret).digest("base64url");
    return this.apiKeys.getOrLoad(key, () =>
      this.ask("internalApiKeyCaller", API_KEY_QUERY, { secret }, clientAddress),
    );
  }

  private async ask(field: string, query: string, variables: object, clientAddress: string): Promise<Caller | null> {
    const url = this.tenancyUrl();
    let body: { data?: Record<string, InternalCaller | null>; errors?: unknown[] } | undefined;
    try {
      const request = { method: "POST", body: JSON.stringify({ query, variables }) };
      const response = await fetch(url ?? "", {
        ...request,
        headers: {
          "content-type": "application/json",
          [GATEWAY_TOKEN_HEADER]: await signGatewayToken(this.signingKey, "tenancy", request, {
            caller: null,
            clientAddress,
          }),
        },
        signal: AbortSignal.timeout(5000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      this.log({ level: "error", event: "caller look-up failed", field, reason: String(error) });
    }
    if (!body?.data || body.errors) {
      throw new DomainError("UNAUTHENTICATED", "Sign-in is unavailable right now; try again shortly", {
        http: { status: 503 },
      });
    }
    const found = body.data[field];
    if (!found) return null;
    const { allOrganizations, visibleOrganizationIds, ...rest } = found;
    return parseCaller({ ...rest, visibleOrganizationIds: allOrganizations ? "all" : visibleOrganizationIds });
  }
}
