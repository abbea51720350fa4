import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { SESSION_KEY, writeKeyPair, writeSecretKey } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadTenancyConfig } from "../config";
import type { MailMessage } from "@dcx/kit";
import { executeTenancy } from "../tenancy-graphql.testing";
import { createTenancyDeps, type TenancyDeps } from "../tenancy.deps";
import {
  CapturingMailer,
  codeIn,
  mailHandedOver,
  openSignInWorld,
  type SignInWorld,
  wrongCode,
} from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

const REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { accepted expiresInSeconds } }`;
const SIGN_IN = `mutation($email: String!, $code: String!) {
  signIn(email: $email, code: $code) { accessToken accessTokenExpiresAt refreshToken user { id email } } }`;

/** Everything written to the console or to stdout/stderr while the flows run. */
function captureOutput(): string[] {
  const written: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void written.push(args.map((arg) => inspect(arg)).join(" ")),
    );
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
  }
  return written;
}

describe("production mode: a sign-in code appears only in the e-mail", () => {
  let world: SignInWorld;
  let outbox: string;
  let deps: TenancyDeps;
  const mailer = new CapturingMailer();
  beforeAll(async () => {
    world = await openSignInWorld();
    outbox = await mkdtemp(path.join(tmpdir(), "dcx-outbox-"));
    vi.stubEnv("NODE_ENV", "production");
    const config = loadTenancyConfig({
      NODE_ENV: "production",
      SIGN_IN_CODE_SECRET: "p".repeat(48),
      SESSION_SIGNING_KEY_FILE: writeKeyPair(outbox, SESSION_KEY).privateKeyFile,
      SSO_SECRET_KEY_FILE: writeSecretKey(path.join(outbox, "sso-secret-key")).file,
      OUTBOX_DIR: outbox,
    });
    const real = createTenancyDeps(config);
    deps = {
      signIn: { ...real.signIn, mailer, now: world.clock.now },
      sessions: { ...real.sessions, now: world.clock.now },
      sso: { ...real.sso, now: world.clock.now },
    };
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(outbox, { recursive: true, force: true });
    await world.close();
  });

  it("keeps the codes out of logs, GraphQL responses and errors", async () => {
    const user = await world.newUser();
    const seen: unknown[] = [];
    const written = captureOutput();
    try {
      const run = (source: string, variables: Record<string, unknown>) =>
        executeTenancy(world.database.db, deps, source, variables, { clientAddress: "198.51.100.7" });
      const ask = (email: string) => run(REQUEST, { email });
      const verify = (code: string) =>
        verifySignInCode(world.database.db, deps.signIn, { email: user.email, code, clientAddress: "198.51.100.7" });
      seen.push(await ask(user.email), await ask("nobody@datacentrix.co.za"));
      await mailHandedOver();
      const code = codeIn(mailer.messages.at(-1));
      seen.push(await verify(wrongCode(code)).catch((error: unknown) => error));
      const signedIn = await run(SIGN_IN, { email: user.email, code });
      expect(signedIn.errors).toBeUndefined();
      seen.push(signedIn, await run(SIGN_IN, { email: user.email, code }), await verify(code).catch((e: unknown) => e));
      // Four more codes, a minute apart, each guessed wrong: past its five free wrong guesses the client backs off.
      for (let i = 0; i < 4; i += 1) {
        world.clock.advanceSeconds(60);
        seen.push(await ask(user.email));
        await mailHandedOver();
        seen.push(await verify(wrongCode(codeIn(mailer.messages.at(-1)))).catch((error: unknown) => error));
      }
      const refused = await verify(code).catch((error: unknown) => error);
      expect(refused).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
      seen.push(refused);
      // A relay that fails and echoes the message: the log line must still not carry the code.
      deps.signIn.mailer = {
        send: (message: MailMessage) => {
          mailer.messages.push(message);
          return Promise.reject(new Error(`554 relay refused: ${message.text}`));
        },
      };
      seen.push(await ask((await world.newUser()).email));
      await vi.waitFor(() => expect(written.some((line) => line.includes("was not delivered"))).toBe(true));
    } finally {
      vi.restoreAllMocks();
    }

    const codes = mailer.messages.map(codeIn);
    expect(codes).toHaveLength(6);
    const everything = [...written, ...seen.map((item) => `${JSON.stringify(item)}\n${inspect(item, { depth: 10 })}`)];
    for (const code of codes) for (const text of everything) expect(text).not.toContain(code);
    expect(written.join("\n")).toContain("[code]");
  });
});
