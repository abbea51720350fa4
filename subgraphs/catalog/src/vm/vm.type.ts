import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Organization } from "../organization/organization.type";

/** Identical to the vms subgraph's enum: composition merges the two. */
export enum StorageTier {
  PERFORMANCE = "performance",
  STANDARD = "standard",
  ARCHIVE = "archive",
}

registerEnumType(StorageTier, { name: "StorageTier" });

/**
 * The vms subgraph owns disks. The catalog only reads a disk's size and tier from the `Vm`
 * representations the gateway sends, so it resolves none of these fields itself.
 */
@ObjectType()
export class VmDisk {
  @Directive("@external")
  @Field(() => Int)
  capacityGb!: number;

  @Directive("@external")
  @Field(() => StorageTier)
  tier!: StorageTier;
}

/**
 * The vms subgraph's VM, extended with its estimated cost. Sizes and the owning organisation
 * arrive in the representation.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Vm {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => Int)
  vcpuCount!: number;

  @Directive("@external")
  @Field(() => Int)
  memoryMib!: number;

  @Directive("@external")
  @Field(() => [VmDisk])
  disks!: VmDisk[];

  /** Whose VM it is: the estimate is only for callers who may see that organisation. */
  @Directive("@external")
  @Field(() => Organization)
  organization!: Organization;
}
