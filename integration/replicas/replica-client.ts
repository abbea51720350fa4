import { readFileSync } from "node:fs";
import path from "node:path";
import { OUTBOX_INDEX, type OutboxEntry } from "@dcx/kit";
import { type GraphQLResponse, graphqlRequest } from "@dcx/kit/testing";

export interface SignedIn {
  email: string;
  headers: Record<string, string>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every e-mail the processes wrote to the shared outbox folder, oldest first. */
export function outboxEntries(outboxDir: string): OutboxEntry[] {
  let text: string;
  try {
    text = readFileSync(path.join(outboxDir, OUTBOX_INDEX), "utf8");
  } catch {
    return [];
  }
  return text.split("\n").flatMap((line) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as OutboxEntry];
    } catch {
      // A line another process is still appending.
      return [];
    }
  });
}

/** A stable documentation-range address per person (TEST-NET-3), so sign-in limits apply per person. */
function addressOf(email: string): string {
  let hash = 0;
  for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `203.0.113.${1 + (hash % 250)}`;
}

/** Polls until `found` returns a value or the time is up. */
export async function eventually<T>(what: string, found: () => Promise<T | undefined> | T | undefined, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(250);
  }
}

/** One operation; the GraphQL answer, whatever its errors. A proxy's own failure (502 text) throws. */
export const send = <T>(url: string, query: string, variables: Record<string, unknown> = {}, as?: SignedIn) =>
  graphqlRequest<T>(url, query, variables, as?.headers ?? {});

/** The data, or the errors as an exception. */
export async function data<T>(url: string, query: string, variables: Record<string, unknown>, as?: SignedIn) {
  const answer: GraphQLResponse<T> = await send<T>(url, query, variables, as);
  if (answer.errors?.length || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** Signs in as a person would: asks for a code, reads it in the e-mail (the outbox), sends it back. */
export async function signIn(graphqlUrl: string, outboxDir: string, email: string): Promise<SignedIn> {
  const from = { "x-forwarded-for": addressOf(email) };
  const before = outboxEntries(outboxDir).length;
  await graphqlRequest(
    graphqlUrl,
    `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`,
    { email },
    from,
  );
  const code = await eventually(`a sign-in code for ${email}`, () => {
    const mail = outboxEntries(outboxDir)
      .slice(before)
      .find((entry) => entry.to === email);
    return mail && /^ {4}(\d{6})$/m.exec(mail.text)?.[1];
  });
  const answer = await graphqlRequest<{ signIn: { accessToken: string } }>(
    graphqlUrl,
    `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken } }`,
    { email, code },
    from,
  );
  if (!answer.data) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(answer.errors)}`);
  return { email, headers: { ...from, authorization: `Bearer ${answer.data.signIn.accessToken}` } };
}
