import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatDateTime } from "../format";
import { describeUserAgent } from "./user-agent";

export const SessionRow_SessionFragment = graphql(`
  fragment SessionRow_Session on Session {
    id
    createdAt
    lastRefreshedAt
    expiresAt
    clientAddress
    userAgent
    signInMethod
    current
  }
`);

interface SessionRowProps {
  session: FragmentType<typeof SessionRow_SessionFragment>;
  busy: boolean;
  onRevoke: (id: string) => void;
}

/** One signed-in browser of the user's; this browser's own is marked and signs out from the top bar. */
export function SessionRow({ session: ref, busy, onRevoke }: SessionRowProps) {
  const session = getFragmentData(SessionRow_SessionFragment, ref);
  return (
    <tr data-testid="session" data-current={session.current ? "true" : "false"}>
      <th scope="row">
        <span className="session-device" data-testid="session-device" title={session.userAgent ?? undefined}>
          {describeUserAgent(session.userAgent)}
        </span>
        <span className="hint session-detail">
          {session.clientAddress} ·{" "}
          <span data-testid="session-method">
            {session.signInMethod === "SINGLE_SIGN_ON" ? "single sign-on" : "e-mail code"}
          </span>
        </span>
        {session.current && (
          <span className="pill pill-good current-session" data-testid="current-session">
            This browser
          </span>
        )}
      </th>
      <td>{formatDateTime(session.createdAt)}</td>
      <td>{formatDateTime(session.lastRefreshedAt ?? session.createdAt)}</td>
      <td>{formatDateTime(session.expiresAt)}</td>
      <td className="row-actions">
        {session.current ? (
          <span className="hint">Use Sign out at the top</span>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => onRevoke(session.id)}
            data-testid="revoke-session"
          >
            Sign out
          </button>
        )}
      </td>
    </tr>
  );
}
