import type { KeyObject } from "node:crypto";
import { type Caller, DomainError, verifyAccessToken } from "@dcx/kit";
import type { CallerDirectory } from "./caller-directory";
import { parseAuthorization } from "./credentials";

const unauthenticated = (message: string) => new DomainError("UNAUTHENTICATED", message, { http: { status: 401 } });

/**
 * Turns the Authorization header into a Caller, once per request at the gateway. A request with
 * no credentials is anonymous (subgraphs let it reach the sign-in operations only); credentials
 * that are present but wrong are refused outright rather than treated as anonymous.
 */
export class Authenticator {
  constructor(
    private readonly sessionPublicKey: KeyObject,
    private readonly directory: CallerDirectory,
  ) {}

  async authenticate(authorization: string | undefined, clientAddress: string): Promise<Caller | null> {
    const credentials = parseAuthorization(authorization);
    switch (credentials.type) {
      case "none":
        return null;
      case "malformed":
        throw unauthenticated("Authorization must be 'Bearer <access token or API key>'");
      case "access_token": {
        const { sessionId } = await verifyAccessToken(this.sessionPublicKey, credentials.token);
        const caller = await this.directory.sessionCaller(sessionId, clientAddress);
        if (!caller) throw unauthenticated("This session has ended; sign in again");
        return caller;
      }
      case "api_key": {
        const caller = await this.directory.apiKeyCaller(credentials.secret, clientAddress);
        if (!caller) throw unauthenticated("Unknown or revoked API key");
        return caller;
      }
    }
  }
}
