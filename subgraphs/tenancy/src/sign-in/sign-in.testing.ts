import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import type { Database, MailMessage } from "@dcx/kit";
import { CapturingMailer, openTestDatabase } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { type tenancyTables, users } from "../db/schema";
import { tenancySubgraph } from "../index";
import { createOrganization } from "../organization/organization.service";
import { OrganizationKind } from "../organization/organization.type";
import { createUser } from "../user/user.service";
import type { User } from "../user/user.type";
import { UserRole } from "../user/user.type";
import type { TenancyDeps } from "../tenancy.deps";
import { testSsoDeps } from "../sso/sso.testing";
import type { SignInDeps } from "./sign-in.deps";

export { CapturingMailer };

/** The 6-digit code in a sign-in e-mail. */
export function codeIn(message: MailMessage | undefined): string {
  const code = /^ {4}(\d{6})$/m.exec(message?.text ?? "")?.[1];
  if (!code) throw new Error("no sign-in code in the message");
  return code;
}

/** A clock that stands still until a test moves it. */
export function movableClock(start = new Date("2026-03-02T08:00:00.000Z")) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceSeconds(seconds: number) {
      current += seconds * 1000;
    },
    advanceMs(milliseconds: number) {
      current += milliseconds;
    },
  };
}

/** Lets the mail hand-off (which runs after the answer) happen before asserting on the outbox. */
export const mailHandedOver = () => new Promise((resolve) => setImmediate(resolve));

export interface SignInWorld {
  database: Database<typeof tenancyTables>;
  deps: SignInDeps;
  /** `deps` with sessions (a fresh session key, the same clock): what the subgraph runs with. */
  tenancy: TenancyDeps;
  /** Verifies the access tokens `tenancy` signs. */
  sessionPublicKey: KeyObject;
  mailer: CapturingMailer;
  clock: ReturnType<typeof movableClock>;
  logged: string[];
  /** A new active user with a fresh address; every test gets its own. */
  newUser(): Promise<User>;
  disable(user: User): Promise<void>;
  /** The code in the newest e-mail sent to the address (after the mail hand-off). */
  latestCodeFor(email: string): Promise<string>;
  close(): Promise<void>;
}

/** A database with the provider in it, and collaborators whose clock starts at `start`. */
export async function openSignInWorld(start?: Date): Promise<SignInWorld> {
  const database = await openTestDatabase(tenancySubgraph);
  const provider = await createOrganization(database.db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER });
  const mailer = new CapturingMailer();
  const clock = movableClock(start);
  const sessionKey = generateKeyPairSync("ed25519").privateKey;
  const logged: string[] = [];
  const deps: SignInDeps = {
    codeSecret: "test-secret-".padEnd(40, "x"),
    mailer,
    now: clock.now,
    log: (line) => logged.push(line),
  };
  let counter = 0;
  return {
    database,
    deps,
    tenancy: {
      signIn: deps,
      sessions: { signingKey: sessionKey, now: clock.now },
      sso: testSsoDeps({ now: clock.now }),
    },
    sessionPublicKey: createPublicKey(sessionKey),
    mailer,
    clock,
    logged,
    newUser: () =>
      createUser(database.db, {
        organizationId: provider.id,
        email: `user${++counter}.${Date.now()}@datacentrix.co.za`,
        displayName: `User ${counter}`,
        role: UserRole.MEMBER,
      }),
    disable: async (user) => {
      await database.db.update(users).set({ disabledAt: clock.now() }).where(eq(users.id, user.id));
    },
    latestCodeFor: async (email) => {
      await mailHandedOver();
      return codeIn(mailer.messages.filter((message) => message.to === email).at(-1));
    },
    close: () => database.close(),
  };
}

/** A well-formed code that is not `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
