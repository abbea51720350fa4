import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DASHBOARD_QUERY } from "../../integration/dashboard-query";

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

export async function post<T>(url: string, query: string, variables: object, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

const REQUEST_CODE = `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`;
const SIGN_IN = `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken refreshToken } }`;
const REFRESH = `mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken } }`;
const ORGANIZATIONS = `{ organizations { id kind } }`;
/** Refreshed well inside the access token's 10 minutes, as the dashboard does. */
export const REFRESH_EVERY_MS = 5 * 60_000;

/** The sign-in code in the newest outbox e-mail to `email` with one written after `since`, read from its .eml file. */
async function codeFromOutbox(outboxDir: string, email: string, since: string): Promise<string> {
  const index = path.join(outboxDir, "outbox.jsonl");
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const entries = existsSync(index)
      ? readFileSync(index, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { at: string; file: string; to: string })
      : [];
    // Newest first, skipping other mail to the same person (a low-balance warning may come after the code).
    const mails = entries.filter((entry) => entry.to === email && entry.at >= since).reverse();
    for (const mail of mails) {
      const code = /code is:\s+(\d{6})\s/.exec(readFileSync(path.join(outboxDir, mail.file), "utf8"))?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no sign-in e-mail to ${email} in ${outboxDir}`);
}

export interface Session {
  headers: Record<string, string>;
  refreshToken: string;
  refreshedAt: number;
}

/** Signs in as a person does: asks for a code, reads it from the e-mail, sends it back. */
export async function signIn(gatewayUrl: string, outboxDir: string, email: string, address: string): Promise<Session> {
  const from = { "x-forwarded-for": address };
  const since = new Date(Date.now() - 1000).toISOString();
  const requested = await post(gatewayUrl, REQUEST_CODE, { email }, from);
  if (requested.errors) throw new Error(`requestSignInCode for ${email}: ${JSON.stringify(requested.errors)}`);
  const code = await codeFromOutbox(outboxDir, email, since);
  const answer = await post<{ signIn: { accessToken: string; refreshToken: string } }>(
    gatewayUrl,
    SIGN_IN,
    { email, code },
    from,
  );
  if (!answer.data) throw new Error(`sign-in for ${email}: ${JSON.stringify(answer.errors)}`);
  return sessionOf(answer.data.signIn, address);
}

const sessionOf = (tokens: { accessToken: string; refreshToken: string }, address: string): Session => ({
  headers: { authorization: `Bearer ${tokens.accessToken}`, "x-forwarded-for": address },
  refreshToken: tokens.refreshToken,
  refreshedAt: Date.now(),
});

/** The session with a new access token, as the dashboard refreshes it; throws with the errors when refused. */
export async function refreshSession(
  gatewayUrl: string,
  email: string,
  session: Session,
  address: string,
): Promise<Session> {
  const refreshed = await post<{ refreshSession: { accessToken: string; refreshToken: string } }>(
    gatewayUrl,
    REFRESH,
    { refreshToken: session.refreshToken },
    { "x-forwarded-for": address },
  );
  if (!refreshed.data) throw new Error(`refreshSession for ${email}: ${JSON.stringify(refreshed.errors)}`);
  return sessionOf(refreshed.data.refreshSession, address);
}

export interface LoadReport {
  loads: number;
  /** Milliseconds each answered load took, in order of completion. */
  latenciesMs: number[];
  rateLimited: number;
  failed: number;
  firstFailure: string | undefined;
}

/**
 * People of a demo customer, each in a loop loading the dashboard (DASHBOARD_QUERY) through the
 * gateway until `durationMs` has passed; a RATE_LIMITED answer is honoured as the web app does.
 */
export async function runDashboardLoad(options: {
  gatewayUrl: string;
  outboxDir: string;
  people: string[];
  durationMs: number;
}): Promise<LoadReport> {
  const report: LoadReport = { loads: 0, latenciesMs: [], rateLimited: 0, failed: 0, firstFailure: undefined };
  const deadline = Date.now() + options.durationMs;
  const client = async (email: string, index: number) => {
    // Each person from their own documentation-range address (TEST-NET-3), through the trusted proxy.
    const address = `203.0.113.${10 + index}`;
    let session = await signIn(options.gatewayUrl, options.outboxDir, email, address);
    const organizations = await post<{ organizations: { id: string; kind: string }[] }>(
      options.gatewayUrl,
      ORGANIZATIONS,
      {},
      session.headers,
    );
    const organizationId = organizations.data?.organizations.find(
      (organization) => organization.kind === "CUSTOMER",
    )?.id;
    if (!organizationId) throw new Error(`${email} sees no customer: ${JSON.stringify(organizations.errors)}`);
    while (Date.now() < deadline) {
      if (Date.now() - session.refreshedAt > REFRESH_EVERY_MS) {
        session = await refreshSession(options.gatewayUrl, email, session, address);
      }
      const started = performance.now();
      const answer = await post(options.gatewayUrl, DASHBOARD_QUERY, { organizationId }, session.headers);
      const limited = answer.errors?.find((error) => error.extensions?.code === "RATE_LIMITED");
      if (limited) {
        report.rateLimited += 1;
        await new Promise((resolve) => setTimeout(resolve, (limited.extensions?.retryAfterSeconds ?? 1) * 1000));
      } else if (answer.errors || !answer.data) {
        report.failed += 1;
        report.firstFailure ??= JSON.stringify(answer.errors).slice(0, 300);
      } else {
        report.loads += 1;
        report.latenciesMs.push(performance.now() - started);
      }
    }
  };
  await Promise.all(options.people.map(client));
  return report;
}
