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

/** Where a VM is in its life here; deleted VMs are never shown, so `deleted` has no value. */
export enum VmLifecycle {
  PROVISIONING = "provisioning",
  READY = "ready",
  DELETING = "deleting",
}

registerEnumType(VmLifecycle, {
  name: "VmLifecycle",
  description:
    "PROVISIONING until its create job has made the VM in vCenter, READY while it exists, DELETING while it is removed.",
});

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

export enum IpMode {
  DHCP = "dhcp",
  STATIC = "static",
}

registerEnumType(IpMode, {
  name: "IpMode",
  description: "How a network adapter gets its address: from the port group's DHCP, or a static address handed out.",
});

@ObjectType({ description: "A network adapter of a VM, as vCenter reports it." })
export class VmNic {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "The vSphere port group the adapter is connected to." })
  portGroup!: string | null;

  @Field(() => String, { nullable: true })
  macAddress!: string | null;

  @Field(() => IpMode)
  ipMode!: IpMode;

  @Field(() => String, {
    nullable: true,
    description: "The static address handed out, or for DHCP what the guest reports (null while it reports none).",
  })
  ipAddress!: string | null;

  /** The VM the adapter belongs to; used to group batched rows, not exposed. */
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

  @Field(() => VmLifecycle)
  lifecycle!: VmLifecycle;

  @Field(() => String, {
    nullable: true,
    description: "vCenter's instance UUID (config.instanceUuid); null until the VM exists in vCenter.",
  })
  instanceUuid!: string | null;

  @Field(() => String, { nullable: true, description: 'The guest operating system, e.g. "Ubuntu Linux (64-bit)".' })
  guestOs!: string | null;

  @Field(() => [String], {
    description: "Every address the guest reports, the primary first; empty while it reports none.",
  })
  ipAddresses!: string[];

  @Field(() => String, { nullable: true, description: "The ESXi host the VM runs on." })
  host!: string | null;

  @Field(() => String, { nullable: true, description: "The datastore holding the VM's files." })
  datastore!: string | null;

  @Field(() => String, { nullable: true, description: "VMware Tools as vCenter reports it, e.g. guestToolsRunning." })
  toolsStatus!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, {
    description: "When the platform last changed the VM's record (an operation or the inventory sync).",
  })
  updatedAt!: Date;

  /** Resolved by the `organization` field resolver; kept for loading. */
  organizationId!: string;
}
