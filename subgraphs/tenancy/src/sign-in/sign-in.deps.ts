import { type Mailer, type Clock } from "@dcx/kit";

/** What the sign-in services need besides the database; tests pass their own. */
export interface SignInDeps {
  /** HMAC key for stored code hashes; without it a copy of the table is useless to an attacker. */
  codeSecret: string;
  mailer: Mailer;
  /** The clock: every timestamp the sign-in services write or compare comes from here. */
  now: Clock;
  /** Operational log lines. Never receives a sign-in code. */
  log: (line: string) => void;
}

/** The client address the gateway reports when it does not know the client's (never pooled under a limit). */
export const UNKNOWN_CLIENT_ADDRESS = "unknown";
