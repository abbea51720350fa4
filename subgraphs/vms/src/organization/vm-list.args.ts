import { badUserInput, cleanText } from "@dcx/kit";
import { registerEnumType } from "type-graphql";
import type { PowerState } from "../vm/vm.type";
import { decodeVmCursor, type VmCursor } from "./vm-cursor";

/** The order of a VM list: by name ignoring case (then id), A→Z or Z→A. */
export enum VmOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}

registerEnumType(VmOrder, {
  name: "VmOrder",
  description: "By name ignoring case, then id: NAME_ASC A→Z (the default), NAME_DESC Z→A.",
});

export const VM_PAGE = { defaultSize: 50, maxSize: 200, maxSearchLength: 80 } as const;

/** What narrows an organisation's VM list (the same for a page and for its total). */
export interface VmFilter {
  powerState: PowerState | null;
  /** Lower-case substring of the name, as typed (LIKE's wildcards are escaped where it is used). */
  search: string | null;
}

export interface VmPageArgs extends VmFilter {
  first: number;
  after: VmCursor | null;
  order: VmOrder;
}

/** Checks `Organization.vms` arguments; BAD_USER_INPUT names the argument. */
export function parseVmPageArgs(raw: {
  first: number | null;
  after: string | null;
  powerState: PowerState | null;
  search: string | null;
  order?: VmOrder | null;
}): VmPageArgs {
  const first = raw.first ?? VM_PAGE.defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > VM_PAGE.maxSize) {
    throw badUserInput(`first must be a whole number from 1 to ${VM_PAGE.maxSize}`, "first");
  }
  const search =
    raw.search === null || raw.search === undefined
      ? null
      : cleanText(raw.search, { field: "search", label: "Search", maxLength: VM_PAGE.maxSearchLength });
  return {
    first,
    after: decodeVmCursor(raw.after),
    powerState: raw.powerState ?? null,
    search,
    order: raw.order ?? VmOrder.NAME_ASC,
  };
}

/** One string per distinct filter, so requests asking the same thing share a loader. */
export const filterKey = (filter: VmFilter) => JSON.stringify([filter.powerState, filter.search]);
export const pageKey = (args: VmPageArgs) =>
  JSON.stringify([
    args.first,
    args.after?.id ?? null,
    args.after?.sortName ?? null,
    args.powerState,
    args.search,
    args.order,
  ]);
