import { AUDIT_KINDS } from "./audit-kinds";
import { browserTimeZone } from "../format";
import { type AuditSearch, hasFilters } from "./audit-search";
import { VmFilter } from "./VmFilter";

const GROUPS = [
  { label: "VM operations", prefix: "vm." },
  { label: "Changes found in vCenter", prefix: "drift." },
  { label: "Suspension for unpaid usage", prefix: "suspension." },
];

interface AuditFiltersProps {
  organizationId: string;
  filters: AuditSearch;
  onChange: (filters: AuditSearch) => void;
}

/** Kind, VM and days (in the user's time zone); each change applies at once and lands in the address bar. */
export function AuditFilters({ organizationId, filters, onChange }: AuditFiltersProps) {
  const set = (change: Partial<AuditSearch>) => onChange({ ...filters, ...change });
  return (
    <form className="card audit-filters" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="audit-kind">Event</label>
        <select
          id="audit-kind"
          value={filters.kind ?? ""}
          onChange={(event) => set({ kind: event.target.value || undefined })}
          data-testid="audit-filter-kind"
        >
          <option value="">All events</option>
          {GROUPS.map((group) => (
            <optgroup key={group.prefix} label={group.label}>
              {AUDIT_KINDS.filter(({ kind }) => kind.startsWith(group.prefix)).map(({ kind, label }) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <VmFilter organizationId={organizationId} vmId={filters.vm} onChange={(vm) => set({ vm })} />
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input
          id="audit-from"
          type="date"
          value={filters.from ?? ""}
          onChange={(event) => set({ from: event.target.value || undefined })}
          aria-describedby="audit-days-zone"
          data-testid="audit-filter-from"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To</label>
        <input
          id="audit-to"
          type="date"
          value={filters.to ?? ""}
          onChange={(event) => set({ to: event.target.value || undefined })}
          aria-describedby="audit-days-zone"
          data-testid="audit-filter-to"
        />
      </div>
      <div className="audit-filters-end">
        <span className="hint" id="audit-days-zone">
          Whole days in {browserTimeZone()}, both included.
        </span>
        {hasFilters(filters) && (
          <button type="button" className="secondary" onClick={() => onChange({})} data-testid="audit-clear-filters">
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
