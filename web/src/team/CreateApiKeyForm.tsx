import { useState } from "react";
import { useMutation } from "urql";
import { parseApiKeyName } from "./team-forms";
import { Refusal } from "./Refusal";
import { CreateApiKeyMutation } from "./team-mutations";

export interface CreatedKey {
  name: string;
  secretPrefix: string;
  secret: string;
}

/** Names a new key and chooses whether it may change anything. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const [name, setName] = useState("");
  const [readOnly, setReadOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching, error }, createApiKey] = useMutation(CreateApiKeyMutation);

  const submit = async () => {
    const parsed = parseApiKeyName(name);
    if ("error" in parsed) return setProblem(parsed.error);
    setProblem(null);
    const result = await createApiKey({ name: parsed.name, readOnly });
    const answer = result.data?.createApiKey;
    if (!answer) return;
    setName("");
    setReadOnly(false);
    onCreated({ name: answer.apiKey.name, secretPrefix: answer.apiKey.secretPrefix, secret: answer.secret });
  };

  return (
    <form
      className="team-form"
      data-testid="api-key-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor="api-key-name">New key&apos;s name</label>
          <input
            id="api-key-name"
            autoComplete="off"
            placeholder="e.g. Terraform"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "api-key-name-error" : undefined}
            data-testid="api-key-name"
          />
          {problem && (
            <span className="field-error" id="api-key-name-error">
              {problem}
            </span>
          )}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(event) => setReadOnly(event.target.checked)}
            data-testid="api-key-read-only"
          />
          Read-only
        </label>
        <button type="submit" className="primary" disabled={fetching} data-testid="api-key-create">
          {fetching ? "Creating…" : "Create key"}
        </button>
      </div>
      <Refusal error={error} testId="api-key-refused" />
    </form>
  );
}
