import { Link } from "@tanstack/react-router";
import type { Refusals } from "./refusals";

/**
 * The server's refusals of a change, under the button that asked for it: its message, its code,
 * and what to do next (a link to the wallet when money is the way out). Input errors shown at
 * their fields are left out (`shownAtFields`).
 */
export function RefusalList(props: { refusals: Refusals; testId: string; shownAtFields?: readonly string[] }) {
  const unplaced = Object.entries(props.refusals.fields)
    .filter(([field]) => !props.shownAtFields?.includes(field))
    .map(([, message]) => ({ message }) as Refusals["other"][number]);
  const refusals = [...unplaced, ...props.refusals.other];
  if (refusals.length === 0) return null;
  return (
    <ul className="field-error refusals" role="alert" data-testid={props.testId}>
      {refusals.map((refusal) => (
        <li key={refusal.message} data-code={refusal.code}>
          {refusal.message}
          {refusal.code && <span className="refusal-code"> ({refusal.code})</span>}
          {refusal.advice && <span className="refusal-advice"> {refusal.advice}</span>}
          {refusal.topUp && (
            <>
              {" "}
              <Link to="/wallet" data-testid="refusal-top-up">
                Open the wallet
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
