import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An inclusive range of IPv4 addresses." })
export class IpRange {
  @Field(() => String)
  first!: string;

  @Field(() => String)
  last!: string;

  @Field(() => Int, { description: "How many addresses the range holds." })
  size!: number;
}

@InputType({ description: "An inclusive range of IPv4 addresses, first ≤ last." })
export class IpRangeInput {
  @Field(() => String)
  first!: string;

  @Field(() => String)
  last!: string;
}

@ObjectType({ description: "A static address handed to a VM's NIC." })
export class IpAllocation {
  @Field(() => String)
  address!: string;

  @Field(() => String, { description: "What holds the address, e.g. a VM's NIC." })
  holder!: string;

  @Field(() => Date)
  allocatedAt!: Date;

  /** Groups batched rows; not exposed. */
  networkId!: string;
}

@ObjectType({
  description:
    "An organisation's IPv4 network (a vSphere port group): a subnet, its gateway, a DHCP range and a static range that do not overlap.",
})
export class Network {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The subnet in CIDR form, e.g. "10.20.0.0/24".' })
  cidr!: string;

  @Field(() => String)
  gateway!: string;

  @Field(() => IpRange, { description: "Addresses the network's DHCP server leases." })
  dhcpRange!: IpRange;

  @Field(() => IpRange, { description: "Addresses handed to NICs with a static IP, lowest free first." })
  staticRange!: IpRange;

  @Field(() => String, { description: "The vSphere port group NICs on this network attach to." })
  portGroup!: string;

  @Field(() => Date)
  createdAt!: Date;

  /** Resolved by the `organization` field resolver; kept for loading. */
  organizationId!: string;
}

@InputType()
export class CreateNetworkInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: "1–80 characters, unique in the organisation ignoring case." })
  name!: string;

  @Field(() => String, { description: "IPv4 subnet in CIDR form, /8 to /29, e.g. 10.20.0.0/24." })
  cidr!: string;

  @Field(() => String, { description: "A usable address of the subnet, outside both ranges." })
  gateway!: string;

  @Field(() => IpRangeInput)
  dhcpRange!: IpRangeInput;

  @Field(() => IpRangeInput)
  staticRange!: IpRangeInput;
}
