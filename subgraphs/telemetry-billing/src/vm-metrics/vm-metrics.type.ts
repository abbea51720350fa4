import { Field, Int, ObjectType } from "type-graphql";
import { MetricValuesScalar } from "./metric-values.scalar";

@ObjectType({
  description:
    "One metric over a window, columnar: slot i is the bucket starting at since + i × stepMinutes. A bucket without samples is null, never zero.",
})
export class MetricSeries {
  @Field(() => String, { description: "Unit of every value: %, MB, KB/s, IOPS or ms." })
  unit!: string;

  @Field(() => MetricValuesScalar, { description: "Mean of the bucket's samples, 2 decimals." })
  average!: (number | null)[];

  @Field(() => MetricValuesScalar, { description: "Highest sample of the bucket, 2 decimals." })
  maximum!: (number | null)[];
}

const series = (description: string) => Field(() => MetricSeries, { description });

@ObjectType({ description: "A VM's utilisation over a window, every metric as a columnar series." })
export class VmMetrics {
  @Field(() => Date)
  since!: Date;

  @Field(() => Date)
  until!: Date;

  @Field(() => Int)
  stepMinutes!: number;

  @Field(() => Int, { description: "The stored resolution that answered: 5 (raw samples), 30, 120 or 1440 minutes." })
  resolutionMinutes!: number;

  @series("CPU use in percent of the allocated vCPUs.") cpu!: MetricSeries;
  @series("Percent of time a vCPU was ready to run but not scheduled (contention on the host).")
  cpuReady!: MetricSeries;
  @series("Memory use in percent of the allocated RAM.") memory!: MetricSeries;
  @series("Memory the guest touched recently, MB.") memoryActive!: MetricSeries;
  @series("Disk read throughput, KB/s.") diskRead!: MetricSeries;
  @series("Disk write throughput, KB/s.") diskWrite!: MetricSeries;
  @series("Disk reads per second.") diskReadIops!: MetricSeries;
  @series("Disk writes per second.") diskWriteIops!: MetricSeries;
  @series("Highest latency of the VM's disks, ms.") diskLatency!: MetricSeries;
  @series("Network receive rate, KB/s.") networkReceive!: MetricSeries;
  @series("Network transmit rate, KB/s.") networkTransmit!: MetricSeries;
}
