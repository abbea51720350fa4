import { useState } from "react";
import { type AnyVariables, type CombinedError, type DocumentInput, useClient } from "urql";
import { refusalsOf } from "./refusals";

/** A mutation that answers the operation carrying the change out (`{ <field>: { id } }`). */
export type OperationDocument<V extends AnyVariables> = DocumentInput<Record<string, { id: string }>, V>;

/**
 * Sends requests that answer an operation and keeps what the server said: while it is being
 * sent (`fetching`), and its refusal, if any, to be shown where it was asked.
 */
export function useOperationRequest() {
  const client = useClient();
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const start = async <V extends AnyVariables>(
    document: OperationDocument<V>,
    variables: V,
    onStarted: (operationId: string) => void,
  ): Promise<boolean> => {
    setFetching(true);
    const result = await client.mutation(document, variables).toPromise();
    setFetching(false);
    setError(result.error);
    const operation = result.data && Object.values(result.data)[0];
    if (operation) onStarted(operation.id);
    return Boolean(operation);
  };
  return { fetching, start, refusals: refusalsOf(error), clear: () => setError(undefined) };
}
