import { Field, ID, InputType, Int } from "type-graphql";
import { IpMode, StorageTier } from "../vm/vm.type";

export { IpMode };

@InputType({ description: "A disk to attach." })
export class VmDiskInput {
  @Field(() => String, { nullable: true, description: '1–80 characters; "Hard disk <n>" when left out.' })
  label?: string | null;

  @Field(() => Int, { description: "Whole GB, 1–65,536." })
  capacityGb!: number;

  @Field(() => StorageTier)
  tier!: StorageTier;
}

@InputType({ description: "The network a new VM's NIC joins." })
export class VmNetworkInput {
  @Field(() => ID, { description: "A network of the same organisation." })
  networkId!: string;

  @Field(() => IpMode)
  ipMode!: IpMode;

  @Field(() => String, {
    nullable: true,
    description: "STATIC only: an address of the network's static range; the lowest free one when left out.",
  })
  ipAddress?: string | null;
}

@InputType({ description: "A catalog licence and how many units of it." })
export class VmLicenceInput {
  @Field(() => String, { description: 'The catalog SKU, e.g. "licence.windows-server".' })
  sku!: string;

  @Field(() => Int, { description: "1–1024." })
  quantity!: number;
}

@InputType({ description: "A new VM: a named size, or vcpuCount and memoryGb." })
export class CreateVmInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, {
    description: "1–80 letters, digits, '-', '_' or '.'; unique in the organisation ignoring case.",
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A catalog size, e.g. "general.small" (its boot disk comes with it).',
  })
  size?: string | null;

  @Field(() => Int, { nullable: true, description: "1–128, without a size." })
  vcpuCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Whole GB, 1–4096, without a size." })
  memoryGb?: number | null;

  @Field(() => [VmDiskInput], {
    nullable: true,
    description: "Without a size: 1–16 disks, the first boots. With a size: extra disks after its boot disk.",
  })
  disks?: VmDiskInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "A vSphere guest id of the allow-list; ubuntu64Guest by default.",
  })
  guestOs?: string | null;

  @Field(() => VmNetworkInput, { nullable: true })
  network?: VmNetworkInput | null;

  @Field(() => [VmLicenceInput], { nullable: true })
  licences?: VmLicenceInput[] | null;

  @Field(() => String, {
    description: "8–200 characters, chosen by the caller: sending the same key again answers the same operation.",
  })
  idempotencyKey!: string;
}
