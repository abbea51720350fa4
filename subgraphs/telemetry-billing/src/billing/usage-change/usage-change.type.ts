import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";

// The vms service's delivery of VM state changes for metering. @inaccessible: only vms calls it,
// with its own signed token; the gateway never exposes it.

@Directive("@inaccessible")
@InputType({ description: "A disk as billed: its storage tier and size." })
export class VmUsageDiskInput {
  @Field(() => ID) diskId!: string;
  @Field(() => String, { description: "performance, standard or archive." }) tier!: string;
  @Field(() => Int) capacityGb!: number;
}

@Directive("@inaccessible")
@InputType({ description: "A licence the VM carries: a catalog SKU and how many of its units." })
export class VmUsageLicenceInput {
  @Field(() => String) sku!: string;
  @Field(() => Int) quantity!: number;
}

@Directive("@inaccessible")
@InputType({ description: "A VM's whole billable state right after a change." })
export class VmUsageChangeInput {
  @Field(() => String, { description: "The sender's id for the change; a resend carries the same one." })
  changeId!: string;
  @Field(() => ID) vmId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => Boolean, { description: "False before the VM is ready and once it is deleted." }) exists!: boolean;
  @Field(() => Boolean) poweredOn!: boolean;
  @Field(() => Int) vcpuCount!: number;
  @Field(() => Int) memoryMib!: number;
  @Field(() => [VmUsageDiskInput]) disks!: VmUsageDiskInput[];
  @Field(() => [VmUsageLicenceInput]) licences!: VmUsageLicenceInput[];
  @Field(() => Int) publicIpCount!: number;
}

@Directive("@inaccessible")
@ObjectType({ description: "What a delivery of usage changes stored." })
export class RecordVmUsageChangesResult {
  @Field(() => Int) stored!: number;
  @Field(() => Int, { description: "Changes received before (a resend)." }) alreadyStored!: number;
}
