import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DiskSpecInput } from "../estimate/vm-estimate.input";
import { StorageTier } from "../vm/vm.type";

@ObjectType({ description: "The boot disk of a named VM size." })
export class VmSizeBootDisk {
  @Field(() => StorageTier)
  tier!: StorageTier;

  @Field(() => Int)
  capacityGb!: number;
}

@ObjectType({
  description:
    "A named VM size: a specification, never a price. `estimate` prices it at the prices in force now, so a price change reaches every size at once.",
})
export class VmSize {
  @Field(() => String, { description: 'e.g. "general.small": the family, a dot, the size.' })
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Int)
  vcpuCount!: number;

  @Field(() => Int, { description: "Whole GB of RAM." })
  memoryGb!: number;

  @Field(() => VmSizeBootDisk)
  bootDisk!: VmSizeBootDisk;
}

@InputType({ description: "A new named VM size." })
export class CreateVmSizeInput {
  @Field(() => String, { description: 'Lower case, family dot size, e.g. "general.small"; unique.' })
  name!: string;

  @Field(() => String, { description: "1 to 200 characters." })
  description!: string;

  @Field(() => Int, { description: "1 to 128." })
  vcpuCount!: number;

  @Field(() => Int, { description: "Whole GB of RAM, 1 to 4096." })
  memoryGb!: number;

  @Field(() => DiskSpecInput)
  bootDisk!: DiskSpecInput;
}
