import { joinMessages, type PathedError } from "../graphql/errors";

interface UnavailableProps {
  what: string;
  errors: readonly PathedError[];
  testId?: string;
  /** Show the reason inline (default) or only as a tooltip, for narrow places. */
  inlineReason?: boolean;
}

/** States that a value could not be loaded, with the reason when the graph gave one. */
export function Unavailable({ what, errors, testId, inlineReason = true }: UnavailableProps) {
  const reason = joinMessages(errors);
  const text = reason && inlineReason ? `${what} unavailable: ${reason}` : `${what} unavailable`;
  return (
    <span className="unavailable" data-testid={testId} title={reason || undefined}>
      {text}
    </span>
  );
}
