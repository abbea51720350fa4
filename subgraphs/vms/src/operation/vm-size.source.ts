import { badUserInput } from "@dcx/kit";
import type { MoneyGate, VmSizeSpec } from "../money/money-gate";

/** A catalog size by name, asked through the money gate's catalog client: BAD_USER_INPUT (field `size`) when not on offer. */
export async function requireVmSize(moneyGate: MoneyGate, name: string): Promise<VmSizeSpec> {
  const size = await moneyGate.findVmSize(name);
  if (!size) throw badUserInput(`The catalog has no VM size named "${name}"`, "size");
  return size;
}
