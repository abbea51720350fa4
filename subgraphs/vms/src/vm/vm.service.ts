import { conflict } from "@dcx/kit";
import { type CreateVmInput, validateCreateVmInput } from "./vm.rules";
import { findVmByName, insertVmWithDisks, type VmsDb } from "./vm.store";
import type { Vm } from "./vm.type";

export type { CreateVmInput } from "./vm.rules";

const nameTaken = (name: string) => conflict(`This organisation already has a VM named "${name}"`);

/**
 * Adds a VM with its disks to an organisation's inventory after checking every rule; on any
 * failure nothing is written. The organisation itself lives in tenancy and is not looked up.
 */
export async function createVm(db: VmsDb, input: CreateVmInput): Promise<Vm> {
  const vm = validateCreateVmInput(input);
  if (await findVmByName(db, vm.organizationId, vm.name)) throw nameTaken(vm.name);
  try {
    return await insertVmWithDisks(db, vm);
  } catch (error) {
    // A concurrent request may have taken the name between the check and the insert.
    if (violatesUniqueName(error)) throw nameTaken(vm.name);
    throw error;
  }
}

/** Both drivers report PostgreSQL's error, wrapped by Drizzle, with the constraint's name. */
function violatesUniqueName(error: unknown): boolean {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint?: string };
  return cause?.code === "23505" && cause.constraint === "vms_organization_id_name_unique";
}
