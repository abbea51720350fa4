import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum PowerState {
  POWERED_ON = "powered_on",
  POWERED_OFF = "powered_off",
  SUSPENDED = "suspended",
}

registerEnumType(PowerState, { name: "PowerState", description: "Power state of a VM as vCenter reports it." });

export enum StorageTier {
  PERFORMANCE = "performance",
  STANDARD = "standard",
  ARCHIVE = "archive",
}

registerEnumType(StorageTier, {
  name: "StorageTier",
  description: "Disk storage tier; each tier has its own price per GB in the catalog.",
});

/**
 * A disk of a VM. Shareable because the catalog subgraph declares `capacityGb` and `tier` too,
 * to price a VM's disks through `@requires`.
 */
@Directive("@shareable")
@ObjectType({ description: "A virtual disk attached to a VM." })
export class VmDisk {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Label shown to users, e.g. "OS disk".' })
  label!: string;

  @Field(() => Int, { description: "Provisioned capacity in GB." })
  capacityGb!: number;

  @Field(() => StorageTier)
  tier!: StorageTier;

  /** The VM the disk belongs to; used to group batched rows, not exposed. */
  vmId!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A virtual machine in an organisation's inventory." })
export class Vm {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PowerState)
  powerState!: PowerState;

  @Field(() => Int, { description: "Number of virtual CPUs." })
  vcpuCount!: number;

  @Field(() => Int, { description: "Memory in MiB, as vCenter reports it (memory_size_mib)." })
  memoryMib!: number;

  @Field(() => Date)
  createdAt!: Date;

  /** Resolved by the `organization` field resolver; kept for loading. */
  organizationId!: string;
}
