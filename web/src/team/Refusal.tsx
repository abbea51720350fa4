import type { CombinedError } from "urql";

/** What the server said when it refused a change (or that it could not be reached), where it was asked. */
export function refusalMessages(error: CombinedError | undefined): string[] {
  if (!error) return [];
  if (error.networkError) return [`DCX Cloud could not be reached: ${error.networkError.message}`];
  return [...new Set(error.graphQLErrors.map((graphQLError) => graphQLError.message))];
}

export function Refusal({ error, testId }: { error: CombinedError | undefined; testId: string }) {
  const messages = refusalMessages(error);
  if (messages.length === 0) return null;
  return (
    <p className="field-error" role="alert" data-testid={testId}>
      {messages.join("; ")}
    </p>
  );
}
