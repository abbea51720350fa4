import type { CombinedError } from "urql";
import { groupErrors } from "../graphql/errors";

interface ErrorBannerProps {
  error: CombinedError | undefined;
  title?: string;
  /** Offered as a "Retry" button when given. */
  onRetry?: () => void;
}

/**
 * Lists every error of a response, once per message with the places it hit.
 * With partial data the rest of the page still renders; each affected part
 * says itself that it is unavailable.
 */
export function ErrorBanner({ error, title, onRetry }: ErrorBannerProps) {
  if (!error) return null;
  const groups = error.networkError
    ? [{ message: `Network error: ${error.networkError.message}`, paths: [] }]
    : groupErrors(error.graphQLErrors);

  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div className="error-banner-head">
        <strong>{title ?? "Some data could not be loaded"}</strong>
        {onRetry && (
          <button type="button" onClick={onRetry} data-testid="retry">
            Retry
          </button>
        )}
      </div>
      <ul>
        {groups.map(({ message, paths }) => (
          <li key={message}>
            {message}
            {paths.length > 0 && (
              <span className="error-paths">
                {" "}
                (at{" "}
                {paths.length > 3 ? `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more` : paths.join(", ")})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
