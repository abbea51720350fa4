import { useEffect, useRef } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { graphql } from "../gql";
import type { VmOperationStatus } from "../gql/graphql";
import { isFinished, operationKindLabel } from "./vm-actions";

const POLL_MS = 1000;

const OperationProgressQuery = graphql(`
  query OperationProgress($id: ID!) {
    vmOperation(id: $id) {
      id
      kind
      status
      progress
      error {
        code
        message
      }
      vm {
        id
        name
      }
    }
  }
`);

interface OperationProgressProps {
  operationId: string;
  /** Called once, when the operation has SUCCEEDED or FAILED. */
  onFinished?: (status: VmOperationStatus, vmId: string | null) => void;
}

/** An operation's progress, polled every second until it has succeeded or failed. */
export function OperationProgress({ operationId, onFinished }: OperationProgressProps) {
  const [{ data, error }, poll] = useQuery({
    query: OperationProgressQuery,
    variables: { id: operationId },
    requestPolicy: "network-only",
  });
  const operation = data?.vmOperation;
  const finished = operation ? isFinished(operation.status) : false;

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => poll({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [finished, poll]);

  // Told once: the ref keeps the latest callback without making it a reason to call again.
  const told = useRef(false);
  const latest = useRef(onFinished);
  latest.current = onFinished;
  useEffect(() => {
    if (!operation || !finished || told.current) return;
    told.current = true;
    latest.current?.(operation.status, operation.vm?.id ?? null);
  }, [operation, finished]);

  if (!operation) return error ? <ErrorBanner error={error} title="The operation could not be read" /> : null;
  return (
    <div className={`operation operation-${operation.status.toLowerCase()}`} data-testid="operation-progress">
      <span data-testid="operation-kind">{operationKindLabel(operation.kind)}</span>{" "}
      <span data-testid="operation-status" data-status={operation.status}>
        {operation.status === "SUCCEEDED"
          ? "done"
          : operation.status === "FAILED"
            ? "failed"
            : operation.status === "QUEUED"
              ? "queued"
              : `${operation.progress} %`}
      </span>
      {!finished && (
        <progress max={100} value={operation.progress} aria-label={`${operationKindLabel(operation.kind)} progress`} />
      )}
      {operation.error && (
        <p className="field-error" role="alert" data-testid="operation-error">
          {operation.error.message} ({operation.error.code})
        </p>
      )}
    </div>
  );
}
