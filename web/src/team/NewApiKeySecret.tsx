import { useState } from "react";
import type { CreatedKey } from "./CreateApiKeyForm";

type CopyState = "idle" | "copied" | "failed";

/**
 * The new key's secret, this once: the server keeps only its hash, and closing this panel drops
 * it from the page too.
 */
export function NewApiKeySecret({ created, onClose }: { created: CreatedKey; onClose: () => void }) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <div className="new-key" role="region" aria-labelledby="new-key-heading" data-testid="new-api-key">
      <h3 id="new-key-heading">API key “{created.name}” created</h3>
      <p className="new-key-warning" data-testid="new-api-key-warning">
        Copy the key now and store it safely: it will not be shown again. Anyone holding it acts as this organisation
        until it is revoked.
      </p>
      <div className="new-key-secret">
        <label htmlFor="new-key-secret">Key</label>
        <input
          id="new-key-secret"
          readOnly
          value={created.secret}
          onFocus={(event) => event.target.select()}
          autoFocus
          spellCheck={false}
          data-testid="new-api-key-secret"
        />
        <button type="button" className="primary" onClick={() => void copySecret()} data-testid="copy-api-key">
          Copy
        </button>
      </div>
      <p className="hint" role="status" data-testid="copy-status">
        {copy === "copied" && "Copied to the clipboard."}
        {copy === "failed" && "The browser did not allow copying: select the key and copy it yourself."}
      </p>
      <button type="button" className="secondary" onClick={onClose} data-testid="close-new-api-key">
        I have stored the key, close
      </button>
    </div>
  );
}
