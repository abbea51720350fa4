import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { getFragmentData } from "../gql";
import type { UserRole } from "../gql/graphql";
import { errorsExplainingNull } from "../graphql/errors";
import { mayPower, type PowerableVm } from "./bulk-power";
import { BulkPowerBar } from "./BulkPowerBar";
import { useBulkPower } from "./use-bulk-power";
import { PAGE_SIZE, useVmList } from "./use-vm-list";
import { isRanked, type VmListSearch } from "./vm-list-search";
import {
  currentCursor,
  describeRange,
  FIRST_PAGE,
  lastDayWindow,
  nextPage,
  type PageStack,
  previousPage,
} from "./vm-list-paging";
import { VmListControls } from "./VmListControls";
import { VmListRow_VmFragment } from "./VmListRow";
import { VmListTable } from "./VmListTable";
import { VmPager } from "./VmPager";
import "./vms.css";

/** While an operation of a VM shown is queued or running, the page is read again this often. */
const POLL_MS = 2000;

const RANKING_NOTES: Record<string, string> = {
  cost: "Ranked by metered cost this billing month; VMs not metered yet come last.",
  forecast: "Ranked by the month-end forecast of metered cost; VMs not metered yet come last.",
  cpu: "Ranked by mean CPU over the last 24 hours; VMs without a sample in that time come last.",
};

interface VmsPageProps {
  organizationId: string;
  role: UserRole;
  search: VmListSearch;
  onSearchChange: (change: Partial<VmListSearch>) => void;
}

/** The organisation's VMs, 50 a page: search, power filter, order by name, cost or CPU, and power several at once. */
export function VmsPage({ organizationId, role, search, onSearchChange }: VmsPageProps) {
  // The pages walked and the VMs selected belong to one search: another one (typed, or back and
  // forward in the history) starts from the first page with nothing selected.
  const searchKey = JSON.stringify([search.q, search.power, search.sort]);
  const [paging, setPaging] = useState<{ key: string; stack: PageStack }>({ key: searchKey, stack: FIRST_PAGE });
  const [picked, setPicked] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: searchKey, ids: new Set() });
  const stack = paging.key === searchKey ? paging.stack : FIRST_PAGE;
  const selected = picked.key === searchKey ? picked.ids : new Set<string>();
  const setSelected = (ids: ReadonlySet<string>) => setPicked({ key: searchKey, ids });
  const [cpuWindow] = useState(() => lastDayWindow(new Date()));
  const view = useVmList(organizationId, search, currentCursor(stack), cpuWindow);
  const bulk = useBulkPower(() => view.refresh());
  const canPower = mayPower(role);

  const vms: (PowerableVm | null)[] = view.rows.map((row) => {
    if (!row.vm) return null;
    const vm = getFragmentData(VmListRow_VmFragment, row.vm);
    const operation = vm.operations[0];
    const busy = operation?.status === "QUEUED" || operation?.status === "RUNNING";
    return { id: vm.id, name: vm.name, powerState: vm.powerState, lifecycle: vm.lifecycle, busy };
  });
  const anyBusy = vms.some((vm) => vm?.busy);
  // The latest refresh, so the timer is set once per busy spell rather than on every render.
  const refresh = useRef(view.refresh);
  refresh.current = view.refresh;
  useEffect(() => {
    if (!anyBusy) return;
    const timer = setInterval(() => refresh.current(), POLL_MS);
    return () => clearInterval(timer);
  }, [anyBusy]);

  const turnPage = (to: PageStack) => {
    setPaging({ key: searchKey, stack: to });
    setSelected(new Set());
  };
  const select = (ids: readonly string[], checked: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (checked) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };
  const selectedVms = vms.filter((vm): vm is PowerableVm => vm !== null && selected.has(vm.id));
  const sort = search.sort ?? "name";
  const loaded = view.totalCount !== null;

  return (
    <section className="card vms-page" aria-busy={view.fetching}>
      <div className="section-heading">
        <h1>Virtual machines</h1>
        <Link to="/vms/new" className="button-link" data-testid="vms-new-vm">
          New VM
        </Link>
      </div>
      <VmListControls search={search} onChange={onSearchChange} />
      {isRanked(sort) && (
        <p className="muted" data-testid="vms-ranking-note">
          {RANKING_NOTES[sort]}
        </p>
      )}
      {view.tooManyToRank && (
        <p className="notice" data-testid="vms-too-many-to-rank">
          More than 200 VMs match: they are listed by name. Narrow the search or the power filter to rank them.
        </p>
      )}
      <ErrorBanner error={view.error} onRetry={view.refresh} />
      {canPower && loaded && (
        <BulkPowerBar
          selected={selectedVms}
          running={bulk.running}
          outcomes={bulk.outcomes}
          onRun={(action) => {
            setSelected(new Set());
            void bulk.run(action, selectedVms);
          }}
          onClearSelection={() => setSelected(new Set())}
        />
      )}
      {!loaded ? (
        view.fetching ? (
          <Loading label="Loading VMs…" />
        ) : (
          <p className="notice">
            <Unavailable
              what="VM list"
              errors={errorsExplainingNull(view.errors, ["organization"])}
              testId="vms-unavailable"
            />
            {isRanked(sort) && " Sorted by name, the list does not need the ranking."}
          </p>
        )
      ) : view.rows.length === 0 ? (
        <p className="muted" data-testid="vms-empty">
          {search.q || search.power
            ? "No VM matches: change the search or the power filter."
            : "This organisation has no VMs yet: create one with New VM."}
        </p>
      ) : (
        <VmListTable
          rows={view.rows}
          errors={view.errors}
          selected={canPower ? selected : null}
          onSelect={select}
          rowIds={vms.map((vm) => vm?.id ?? null)}
        />
      )}
      {loaded && (
        <VmPager
          range={describeRange(stack, PAGE_SIZE, view.rows.length, view.totalCount ?? 0)}
          hasPrevious={stack.length > 1}
          hasNext={Boolean(view.pageInfo?.hasNextPage && view.pageInfo.endCursor)}
          fetching={view.fetching}
          onPrevious={() => turnPage(previousPage(stack))}
          onNext={() => view.pageInfo?.endCursor && turnPage(nextPage(stack, view.pageInfo.endCursor))}
        />
      )}
    </section>
  );
}
