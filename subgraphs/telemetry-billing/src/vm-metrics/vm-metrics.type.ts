import { Field, Float, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "A time window cut into buckets of equal width, aligned to `since`." })
export class MetricWindowInput {
  @Field(() => Date, {
    nullable: true,
    description: "Start of the window (inclusive). Default: 24 hours before `until`.",
  })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: "End of the window (exclusive). Default: now." })
  until?: Date | null;

  @Field(() => Int, { nullable: true, description: "Bucket width in minutes, 5–1440. Default: 60." })
  stepMinutes?: number | null;
}

@ObjectType({ description: "One bucket of a metric series; buckets without samples are absent, never zero." })
export class MetricPoint {
  @Field(() => Date, { description: "Start of the bucket." })
  at!: Date;

  @Field(() => Float, { description: "Mean of the samples in the bucket, rounded to 2 decimals." })
  average!: number;

  @Field(() => Float, { description: "Highest sample in the bucket, rounded to 2 decimals." })
  maximum!: number;
}

@ObjectType({ description: "Utilisation of one VM over a window, in percent of the VM's allocation." })
export class VmMetrics {
  @Field(() => Date)
  since!: Date;

  @Field(() => Date)
  until!: Date;

  @Field(() => Int)
  stepMinutes!: number;

  @Field(() => [MetricPoint], { description: "CPU use in percent of the allocated vCPUs." })
  cpu!: MetricPoint[];

  @Field(() => [MetricPoint], { description: "Memory use in percent of the allocated RAM." })
  memory!: MetricPoint[];
}
