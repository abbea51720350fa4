import { Field, Int, ObjectType } from "type-graphql";
import type { InventorySyncReport } from "./inventory-sync";

@ObjectType({
  description:
    "What one inventory sync saw in vCenter and did. Every VM seen counts once in inserted, changed, refreshed, unchanged, unassigned, deferred or skipped.",
})
export class VmInventorySyncReport implements InventorySyncReport {
  @Field(() => Int, { description: "VMs and templates vCenter listed." })
  seen!: number;

  @Field(() => Int, { description: "VMs new to the platform, recorded with a drift.vm_appeared event." })
  inserted!: number;

  @Field(() => Int, { description: "VMs changed outside the platform, updated with a drift.vm_changed event." })
  changed!: number;

  @Field(() => Int, { description: "VMs where only IPs, VMware Tools or the host changed: updated without an event." })
  refreshed!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: "Ready VMs gone from vCenter, now deleted, each with a drift.vm_vanished event." })
  vanished!: number;

  @Field(() => Int, { description: "Templates and VMs outside every organisation's folder." })
  unassigned!: number;

  @Field(() => Int, { description: "VMs left to an operation that is creating or changing them." })
  deferred!: number;

  @Field(() => Int, { description: "VMs that could not be recorded as they are (e.g. a name in use); each is logged." })
  skipped!: number;

  @Field(() => Int, { description: "How long the sync took, in milliseconds." })
  ms!: number;

  @Field(() => Int, { description: "Of which reading the inventory from vCenter, in milliseconds." })
  vcenterMs!: number;
}
