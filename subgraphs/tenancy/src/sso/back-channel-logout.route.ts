import type { Express, Request, Response } from "express";
import type { TenancyDb } from "../organization/organization.store";
import { acceptLogoutToken, InvalidLogoutToken } from "./back-channel-logout";
import type { SsoDeps } from "./sso.deps";

export const BACK_CHANNEL_LOGOUT_PATH = "/sso/back-channel-logout";
const BODY_MAX_BYTES = 16 * 1024;

async function readForm(req: Request): Promise<URLSearchParams | null> {
  if (!req.is("application/x-www-form-urlencoded")) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function answer(res: Response, status: number, body?: object) {
  res.set("Cache-Control", "no-store");
  if (body) res.status(status).json(body);
  else res.status(status).end();
}

/**
 * POST /sso/back-channel-logout: the IdP says a session ended (OIDC Back-Channel Logout 1.0).
 * The IdP is the caller here, not the gateway: the logout token's signature is the credential.
 * 200 once the named sessions are revoked (also when none were live), 400 `invalid_request` for
 * a token that does not check out.
 */
export const backChannelLogoutRoute =
  (db: TenancyDb, deps: () => SsoDeps) =>
  (app: Express): void => {
    app.post(BACK_CHANNEL_LOGOUT_PATH, async (req, res) => {
      const form = await readForm(req).catch(() => null);
      const token = form?.get("logout_token");
      if (!token) return answer(res, 400, { error: "invalid_request", error_description: "logout_token is required" });
      try {
        const ended = await acceptLogoutToken(db, deps(), token);
        deps().log(`back-channel logout ended ${ended} session(s)`);
        answer(res, 200);
      } catch (error) {
        if (!(error instanceof InvalidLogoutToken)) {
          deps().log(`back-channel logout failed: ${(error as Error).message}`);
          return answer(res, 500, { error: "server_error" });
        }
        deps().log(`back-channel logout refused: ${error.message}`);
        answer(res, 400, { error: "invalid_request", error_description: error.message });
      }
    });
  };
