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
  @Field(() => String, {
    nullable: true,
    description:
      'A named size from vmSizes, e.g. "general.small": its vCPUs, RAM and boot disk (the first disk). Then leave out vcpuCount and memoryGb; disks are extra disks.',
  })
  size?: string | null;

  @Field(() => Int, { nullable: true, description: "1 to 128; required without a size, refused with one." })
  vcpuCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Whole GB of RAM, 1 to 4096; required without a size, refused with one.",
  })
  memoryGb?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "RAM in MiB, 1 to 4 194 304, instead of memoryGb (for a VM whose memory is not whole GB, e.g. 1536). Refused with a size or with memoryGb.",
  })
  memoryMib?: number | null;

  @Field(() => [DiskSpecInput], { defaultValue: [], description: "Up to 16 disks." })
  disks!: DiskSpecInput[];

  @Field(() => [LicenceSpecInput], { defaultValue: [], description: "Up to 16 licences." })
  licences!: LicenceSpecInput[];

  @Field(() => Int, { defaultValue: 0, description: "0 to 16 public IPv4 addresses." })
  publicIpCount!: number;
}
