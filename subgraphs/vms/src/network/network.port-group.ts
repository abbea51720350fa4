import { conflict, DomainError } from "@dcx/kit";
import { type Hypervisor, isHypervisorError } from "../hypervisor";

/** A hypervisor failure as the client sees it; nothing has been written when it is thrown. */
function portGroupFailure(error: unknown, portGroup: string, action: "create" | "delete"): unknown {
  if (!isHypervisorError(error)) return error;
  // vCenter refuses to remove a port group a VM (perhaps one outside the platform) still uses.
  if (action === "delete" && error.code === "INVALID_STATE") {
    return conflict(`Port group ${portGroup} is still in use by VMs in vCenter; remove their NICs first`);
  }
  return new DomainError(
    "HYPERVISOR_UNAVAILABLE",
    `vCenter could not ${action} port group ${portGroup}: ${error.message}`,
    {
      hypervisorCode: error.code,
    },
  );
}

export async function createPortGroup(hypervisor: Hypervisor, portGroup: string): Promise<void> {
  await hypervisor.createPortGroup(portGroup).catch((error: unknown) => {
    throw portGroupFailure(error, portGroup, "create");
  });
}

export async function deletePortGroup(hypervisor: Hypervisor, portGroup: string): Promise<void> {
  await hypervisor.deletePortGroup(portGroup).catch((error: unknown) => {
    throw portGroupFailure(error, portGroup, "delete");
  });
}
