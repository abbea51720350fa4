import { assertCanWrite, type Caller, DomainError, notFound, requireCaller, type RoleName } from "@dcx/kit";
import type { VmsContext } from "../context";
import { findOperableVm, type OperableVm } from "./operable-vm.store";
import { VmOperationKind } from "./operation.type";

/** What members may do: use a VM, not change what it is or what it costs. */
const MEMBER_KINDS: ReadonlySet<VmOperationKind> = new Set([
  VmOperationKind.POWER_ON,
  VmOperationKind.POWER_OFF,
  VmOperationKind.SHUTDOWN,
  VmOperationKind.REBOOT,
  VmOperationKind.SUSPEND,
]);

const ACTIONS: Record<VmOperationKind, string> = {
  create: "create VMs",
  power_on: "power VMs on",
  power_off: "power VMs off",
  shutdown: "shut VMs down",
  reboot: "reboot VMs",
  suspend: "suspend VMs",
  resize: "resize VMs",
  add_disk: "add disks",
  grow_disk: "grow disks",
  delete: "delete VMs",
};

/** API keys act as members whatever role their organisation gave them. */
const effectiveRole = (caller: Caller): RoleName => (caller.kind === "api_key" ? "member" : caller.role);

/**
 * The role matrix (see the README): owners and admins of the organisation, of its reseller and of
 * the provider may do everything; members and API keys power VMs; billing users nothing.
 * No caller: UNAUTHENTICATED; an organisation the caller cannot see: NOT_FOUND; read-only: FORBIDDEN.
 */
export function assertMayOperate(caller: Caller | null, organizationId: string, kind: VmOperationKind): Caller {
  const known = assertCanWrite(caller, organizationId);
  const role = effectiveRole(known);
  if (role === "owner" || role === "admin") return known;
  if (role === "member" && MEMBER_KINDS.has(kind)) return known;
  const who = known.kind === "api_key" ? "API keys" : `Users with the ${role.replace("_", "-")} role`;
  throw new DomainError("FORBIDDEN", `${who} may not ${ACTIONS[kind]}`);
}

/** The VM an operation acts on, once the caller is known to be allowed; one it cannot see is NOT_FOUND. */
export async function loadVmToOperate(ctx: VmsContext, id: string, kind: VmOperationKind): Promise<OperableVm> {
  const caller = requireCaller(ctx.caller);
  const vm = await findOperableVm(ctx.db, id, caller.visibleOrganizationIds);
  if (!vm) throw notFound("VM", id);
  assertMayOperate(caller, vm.organizationId, kind);
  return vm;
}
