import { Field, InputType, Int } from "type-graphql";
import { StorageTier } from "../vm/vm.type";

@InputType({ description: "A disk of the VM to estimate." })
export class DiskSpecInput {
  @Field(() => StorageTier)
  tier!: StorageTier;

  @Field(() => Int, { description: "Whole GB, 1 to 65 536." })
  capacityGb!: number;
}

@InputType({ description: "A licence product and how many of its units (vCPUs, core packs, VMs)." })
export class LicenceSpecInput {
  @Field(() => String, { description: 'A product of category licence, e.g. "licence.windows-server".' })
  sku!: string;

  @Field(() => Int, { description: "1 to 1024 units of the product." })
  quantity!: number;
}

@InputType({ description: "A VM specification to price before creating it." })
export class VmEstimateInput {
  @Field(() => Int, { description: "1 to 128." })
  vcpuCount!: number;

  @Field(() => Int, { description: "Whole GB of RAM, 1 to 4096." })
  memoryGb!: number;

  @Field(() => [DiskSpecInput], { defaultValue: [], description: "Up to 16 disks." })
  disks!: DiskSpecInput[];

  @Field(() => [LicenceSpecInput], { defaultValue: [], description: "Up to 16 licences." })
  licences!: LicenceSpecInput[];

  @Field(() => Int, { defaultValue: 0, description: "0 to 16 public IPv4 addresses." })
  publicIpCount!: number;
}
