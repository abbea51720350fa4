import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";

// The collector's delivery format. Marked @inaccessible: the gateway never exposes it; only the
// vms service calls it directly, with its own signed token.

@Directive("@inaccessible")
@InputType({ description: "A VM the collector looked at, powered on or not." })
export class PolledVmInput {
  @Field(() => ID) vmId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { nullable: true, description: "The VM's name, for alert e-mails." }) name?: string | null;
  @Field(() => Boolean) poweredOn!: boolean;
  @Field(() => Date) polledAt!: Date;
}

const value = (description: string) => Field(() => Int, { nullable: true, description });

@Directive("@inaccessible")
@InputType({ description: "One 5-minute sample, in vCenter's units; null where vCenter gave no value." })
export class VmPerformanceSampleInput {
  @Field(() => ID) vmId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => Date) sampledAt!: Date;
  @value("cpu.usage.average, basis points (1/100 %).") cpuUsageBp?: number | null;
  @value("cpu.ready.summation as basis points of the interval per vCPU.") cpuReadyBp?: number | null;
  @value("mem.usage.average, basis points.") memoryUsageBp?: number | null;
  @value("mem.active.average, KB.") memoryActiveKb?: number | null;
  @value("disk.read.average, KB/s.") diskReadKbps?: number | null;
  @value("disk.write.average, KB/s.") diskWriteKbps?: number | null;
  @value("disk.numberReadAveraged.average.") diskReadIops?: number | null;
  @value("disk.numberWriteAveraged.average.") diskWriteIops?: number | null;
  @value("disk.maxTotalLatency.latest, ms.") diskLatencyMs?: number | null;
  @value("net.received.average, KB/s.") networkReceiveKbps?: number | null;
  @value("net.transmitted.average, KB/s.") networkTransmitKbps?: number | null;
  @value("sys.uptime.latest, seconds.") uptimeSeconds?: number | null;
}

@Directive("@inaccessible")
@InputType({ description: "A guest file system's use as VMware Tools report it." })
export class GuestDiskSampleInput {
  @Field(() => ID) vmId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => Date) sampledAt!: Date;
  @Field(() => String) path!: string;
  @Field(() => Int) capacityMb!: number;
  @Field(() => Int) freeMb!: number;
}

@Directive("@inaccessible")
@ObjectType({ description: "What a delivery changed." })
export class RecordVmPerformanceResult {
  @Field(() => Int) samplesWritten!: number;
  @Field(() => Int, { description: "Samples that were already stored (a resent or overlapping poll)." })
  samplesAlreadyStored!: number;
}
