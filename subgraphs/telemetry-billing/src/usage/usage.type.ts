import { Field, Float, Int, ObjectType } from "type-graphql";
import { MetricSeries } from "../vm-metrics/vm-metrics.type";
import { Vm } from "../vm/vm.type";

@ObjectType({ description: "A VM's CPU over the window, for a top list." })
export class VmCpuUsage {
  @Field(() => Vm) vm!: Vm;
  @Field(() => Float) averageCpuPercent!: number;
  @Field(() => Float) peakCpuPercent!: number;
}

const percent = (description: string) => Field(() => Float, { nullable: true, description });

@ObjectType({
  description:
    "How hard an organisation's VMs (its own and those of every organisation under it the caller may see) worked over a window. Sizes (vCPUs, RAM, disk, VMs by power state) are `Organization.fleet`. Null figures mean no VM sent a sample.",
})
export class OrganizationUsage {
  @Field(() => Date) since!: Date;
  @Field(() => Date) until!: Date;
  @Field(() => Int) stepMinutes!: number;
  @Field(() => Int, { description: "The stored resolution that answered." }) resolutionMinutes!: number;
  @Field(() => Int, { description: "VMs that sent at least one sample in the window." }) measuredVmCount!: number;
  @percent("Mean CPU of every sample in the window, %.") averageCpuPercent!: number | null;
  @percent("Highest CPU sample in the window, %.") peakCpuPercent!: number | null;
  @percent("Mean memory of every sample in the window, %.") averageMemoryPercent!: number | null;
  @percent("Highest memory sample in the window, %.") peakMemoryPercent!: number | null;
  @Field(() => MetricSeries, { description: "CPU per bucket across all the VMs." }) cpu!: MetricSeries;
  @Field(() => MetricSeries, { description: "Memory per bucket across all the VMs." }) memory!: MetricSeries;
  @Field(() => [VmCpuUsage], { description: "The five VMs with the highest mean CPU." }) topVmsByCpu!: VmCpuUsage[];
}
