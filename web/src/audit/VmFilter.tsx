import { useQuery } from "urql";
import { graphql } from "../gql";

/** A VM filter lists at most this many of the organisation's VMs (the graph's page limit). */
const VM_OPTIONS = 200;

const AuditVmOptionsQuery = graphql(`
  query AuditVmOptions($organizationId: ID!, $vmId: ID!, $withVm: Boolean!) {
    organization(id: $organizationId) {
      id
      vms(first: 200) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
      }
    }
    vm(id: $vmId) @include(if: $withVm) {
      id
      name
    }
  }
`);

interface VmFilterProps {
  organizationId: string;
  vmId: string | undefined;
  onChange: (vmId: string | undefined) => void;
}

/** Chooses one of the organisation's VMs; the one in the address bar is kept even beyond the first 200. */
export function VmFilter({ organizationId, vmId, onChange }: VmFilterProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AuditVmOptionsQuery,
    variables: { organizationId, vmId: vmId ?? "", withVm: Boolean(vmId) },
    requestPolicy: "cache-and-network",
  });
  const page = data?.organization?.vms;
  const options = (page?.edges ?? []).map(({ node }) => node);
  const chosen = data?.vm;
  if (chosen && !options.some((vm) => vm.id === chosen.id)) options.unshift(chosen);
  if (vmId && !options.some((vm) => vm.id === vmId))
    options.unshift({ id: vmId, name: "The VM chosen (unknown or deleted)" });
  const note = !page
    ? fetching
      ? "Loading VMs…"
      : `VM list unavailable${error ? `: ${error.message}` : ""}`
    : page.totalCount > VM_OPTIONS
      ? `The first ${VM_OPTIONS} of ${page.totalCount} VMs`
      : null;

  return (
    <div className="field">
      <label htmlFor="audit-vm">VM</label>
      <select
        id="audit-vm"
        value={vmId ?? ""}
        disabled={!page && fetching}
        onChange={(event) => onChange(event.target.value || undefined)}
        aria-describedby={note ? "audit-vm-note" : undefined}
        data-testid="audit-filter-vm"
      >
        <option value="">All VMs</option>
        {options.map((vm) => (
          <option key={vm.id} value={vm.id}>
            {vm.name}
          </option>
        ))}
      </select>
      {note && (
        <span className="hint" id="audit-vm-note">
          {note}
        </span>
      )}
    </div>
  );
}
