import type { TenancyConfig } from "../config";
import { createMailer, systemClock } from "@dcx/kit";
import type { SignInDeps } from "./sign-in.deps";

/** The sign-in services' real collaborators: the configured mailer, the system clock, stderr. */
export const createSignInDeps = (config: TenancyConfig): SignInDeps => ({
  codeSecret: config.signInCodeSecret,
  mailer: createMailer(config.mail),
  now: systemClock,
  log: (line) => console.error(line),
});
