import { useQuery } from "urql";
import { Unavailable } from "../components/Unavailable";
import { VmLink } from "../components/VmLink";
import { graphql } from "../gql";
import { graphQLErrorsOf } from "../graphql/errors";
import { parseHolder } from "./network-form";

/** The VM behind an allocation; rows of one VM share this query, so each VM is asked for once. */
const AllocationVmQuery = graphql(`
  query AllocationVm($vmId: ID!) {
    vm(id: $vmId) {
      id
      name
    }
  }
`);

function VmOfNic({ vmId, nicPosition }: { vmId: string; nicPosition: number }) {
  const [{ data, fetching, error }] = useQuery({ query: AllocationVmQuery, variables: { vmId } });
  const adapter = `network adapter ${nicPosition + 1}`;
  if (!data) {
    if (fetching) return <span className="muted">Loading the VM…</span>;
    return <Unavailable what="VM" errors={graphQLErrorsOf(error)} />;
  }
  if (!data.vm) return <span className="muted">A VM that no longer exists ({adapter})</span>;
  return (
    <>
      <VmLink vmId={data.vm.id} testId="allocation-vm">
        {data.vm.name}
      </VmLink>
      <span className="muted"> · {adapter}</span>
    </>
  );
}

/** Who holds an address: a VM's network adapter (linked to the VM's page), or the holder as recorded. */
export function AllocationHolder({ holder }: { holder: string }) {
  const nic = parseHolder(holder);
  return nic ? <VmOfNic vmId={nic.vmId} nicPosition={nic.nicPosition} /> : <span>{holder}</span>;
}
