import { DecimalScalar } from "@dcx/kit";
import { Field, Int, ObjectType } from "type-graphql";
import { PowerState } from "../vm/vm.type";

@ObjectType({ description: "How many VMs of a fleet are in one power state." })
export class FleetPowerStateCount {
  @Field(() => PowerState)
  powerState!: PowerState;

  @Field(() => Int)
  vmCount!: number;
}

@ObjectType({
  description:
    "The VMs of an organisation and every organisation under it that the caller may see (a reseller's customers, the provider's whole estate), summed in the database.",
})
export class Fleet {
  @Field(() => Int, { description: "Organisations summed: the organisation itself and those under it." })
  organizationCount!: number;

  @Field(() => Int)
  vmCount!: number;

  @Field(() => [FleetPowerStateCount], { description: "VM count for every power state, zeros included." })
  byPowerState!: FleetPowerStateCount[];

  @Field(() => Int, { description: "Total vCPUs (CPU cores)." })
  vcpuCount!: number;

  @Field(() => DecimalScalar, { description: 'Total memory in GB (MiB / 1024), exact, e.g. "84".' })
  memoryGb!: string;

  @Field(() => DecimalScalar, { description: 'Total provisioned disk in TB (GB / 1024), exact, e.g. "1.5".' })
  diskTb!: string;
}
