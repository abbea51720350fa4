import { useState } from "react";
import { useAuth } from "../auth/auth-context";
import { fetchDocument, saveDocument } from "./document-download";

interface DocumentButtonProps {
  /** The gateway's `/documents/…` address of the document. */
  url: string;
  /** Saved under this name unless the server names the file. */
  fileName: string;
  label: string;
  /** What the button downloads, for screen readers: "Download the PDF of invoice DCX-2026-000001". */
  description: string;
  testId?: string;
}

/**
 * Downloads a document with the session's credentials (see `fetchDocument`), then hands it to the
 * browser as a file. A refusal or a network failure is shown beside the button.
 */
export function DocumentButton({ url, fileName, label, description, testId }: DocumentButtonProps) {
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      saveDocument(await fetchDocument(url, fileName, auth));
    } catch (error) {
      setProblem(
        error instanceof TypeError
          ? "The download could not reach the server. Try again."
          : String((error as Error).message),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="document-button">
      <button
        type="button"
        className="secondary"
        onClick={() => void download()}
        disabled={busy}
        aria-label={description}
        data-testid={testId}
      >
        {busy ? "Downloading…" : label}
      </button>
      {problem && (
        <span className="field-error" role="alert" data-testid="download-error">
          {problem}
        </span>
      )}
    </span>
  );
}
