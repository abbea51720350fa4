import { useEffect, useState } from "react";
import { powerStateLabel } from "../format";
import type { PowerState } from "../gql/graphql";
import { useDebounced } from "../new-vm/use-debounced";
import {
  cleanSearch,
  MAX_SEARCH_LENGTH,
  POWER_FILTERS,
  SORT_LABELS,
  VM_SORTS,
  type VmListSearch,
} from "./vm-list-search";

const SEARCH_DELAY_MS = 300;

interface VmListControlsProps {
  search: VmListSearch;
  /** Changes the list's state in the address bar (a new search starts again from the first page). */
  onChange: (change: Partial<VmListSearch>) => void;
}

/** Search by name (sent 300 ms after typing stops), filter by power state, and the order. */
export function VmListControls({ search, onChange }: VmListControlsProps) {
  const [typed, setTyped] = useState(search.q ?? "");
  const settled = useDebounced(typed, SEARCH_DELAY_MS);
  // Back/forward or a link may change the search under the box: show what the list shows.
  useEffect(() => setTyped(search.q ?? ""), [search.q]);
  useEffect(() => {
    const q = cleanSearch(settled);
    if (q !== search.q) onChange({ q });
    // Only a settled change of the box is sent; the address bar's own changes are followed above.
  }, [settled]);

  return (
    <div className="vms-controls" role="search">
      <div className="field">
        <label htmlFor="vms-search">Search by name</label>
        <input
          id="vms-search"
          type="search"
          value={typed}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="e.g. web"
          onChange={(event) => setTyped(event.target.value)}
          data-testid="vms-search"
        />
      </div>
      <div className="field">
        <label htmlFor="vms-power">Power state</label>
        <select
          id="vms-power"
          value={search.power ?? ""}
          onChange={(event) => onChange({ power: (event.target.value || undefined) as PowerState | undefined })}
          data-testid="vms-power-filter"
        >
          <option value="">Any</option>
          {POWER_FILTERS.map((state) => (
            <option key={state} value={state}>
              {powerStateLabel(state)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="vms-sort">Sort by</label>
        <select
          id="vms-sort"
          value={search.sort ?? "name"}
          onChange={(event) => {
            const sort = event.target.value as VmListSearch["sort"];
            onChange({ sort: sort === "name" ? undefined : sort });
          }}
          data-testid="vms-sort"
        >
          {VM_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
