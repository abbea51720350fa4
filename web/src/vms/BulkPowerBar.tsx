import {
  BULK_ACTION_LABELS,
  BULK_ACTIONS,
  type BulkAction,
  type BulkOutcome,
  type PowerableVm,
  reasonNotToSend,
  summariseOutcomes,
} from "./bulk-power";

interface BulkPowerBarProps {
  selected: readonly PowerableVm[];
  running: boolean;
  outcomes: readonly BulkOutcome[];
  onRun: (action: BulkAction) => void;
  onClearSelection: () => void;
}

const STATUS_TEXT: Record<BulkOutcome["status"], string> = {
  sending: "sending…",
  queued: "queued",
  refused: "refused",
  skipped: "skipped",
};

/** Power actions for the VMs selected, each with how many of them it applies to, and every VM's outcome. */
export function BulkPowerBar({ selected, running, outcomes, onRun, onClearSelection }: BulkPowerBarProps) {
  const applicable = (action: BulkAction) => selected.filter((vm) => reasonNotToSend(action, vm) === null).length;
  return (
    <div className="vms-bulk" data-testid="vms-bulk">
      <div className="button-row">
        <span data-testid="vms-selected-count">
          {selected.length === 0 ? "Select VMs to power them" : `${selected.length} selected`}
        </span>
        {BULK_ACTIONS.map((action) => {
          const count = applicable(action);
          return (
            <button
              key={action}
              type="button"
              className={action === "powerOnVm" ? undefined : "secondary"}
              disabled={running || count === 0}
              onClick={() => onRun(action)}
              data-testid={`vms-bulk-${action}`}
            >
              {BULK_ACTION_LABELS[action]}
              {count > 0 && ` (${count})`}
            </button>
          );
        })}
        {selected.length > 0 && (
          <button type="button" className="secondary" onClick={onClearSelection} data-testid="vms-clear-selection">
            Clear selection
          </button>
        )}
      </div>
      {outcomes.length > 0 && (
        <div className="vms-outcomes" role="status" aria-live="polite" data-testid="vms-bulk-outcomes">
          <p>
            <strong data-testid="vms-bulk-summary">{summariseOutcomes(outcomes)}</strong>
            {outcomes.some((outcome) => outcome.status === "queued") &&
              ". Queued operations run one after another; the list refreshes until they end."}
          </p>
          <ul>
            {outcomes.map((outcome) => (
              <li key={outcome.vmId} data-testid="vms-bulk-outcome" data-status={outcome.status}>
                {outcome.name}: {STATUS_TEXT[outcome.status]}
                {"message" in outcome && ` (${outcome.message})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
