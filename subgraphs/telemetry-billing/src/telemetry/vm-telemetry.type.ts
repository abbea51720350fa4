import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A guest file system's use as VMware Tools last reported it." })
export class GuestDiskUsage {
  @Field(() => String, { description: "Mount point or drive, e.g. `/data` or `C:\\`." }) path!: string;
  @Field(() => Float) capacityGb!: number;
  @Field(() => Float) usedGb!: number;
  @Field(() => Float) usedPercent!: number;
  @Field(() => Date) sampledAt!: Date;
}

const current = (description: string) => Field(() => Float, { nullable: true, description });

@ObjectType({
  description:
    "A VM's newest measurements. When the newest sample is older than 15 minutes (or there is none), `stale` is true and every value is null: the VM has no data since `sampledAt`, which is never shown as zero.",
})
export class VmTelemetry {
  @Field(() => Date, { nullable: true, description: "When the newest sample was taken; null when none ever was." })
  sampledAt!: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "The power state the collector last saw; null before it saw the VM.",
  })
  poweredOn!: boolean | null;
  @Field(() => Date, { nullable: true, description: "Since when the collector has seen the VM in that power state." })
  powerStateSince!: Date | null;
  @Field(() => Boolean, { description: "True when there is no sample from the last 15 minutes." })
  stale!: boolean;
  @current("CPU use, %.") cpu!: number | null;
  @current("CPU ready, %.") cpuReady!: number | null;
  @current("Memory use, %.") memory!: number | null;
  @current("Active memory, MB.") memoryActive!: number | null;
  @current("Disk reads, KB/s.") diskRead!: number | null;
  @current("Disk writes, KB/s.") diskWrite!: number | null;
  @current("Disk reads per second.") diskReadIops!: number | null;
  @current("Disk writes per second.") diskWriteIops!: number | null;
  @current("Highest disk latency, ms.") diskLatency!: number | null;
  @current("Network receive, KB/s.") networkReceive!: number | null;
  @current("Network transmit, KB/s.") networkTransmit!: number | null;
  @Field(() => Int, { nullable: true, description: "Seconds since the guest booted." })
  uptimeSeconds!: number | null;
}
