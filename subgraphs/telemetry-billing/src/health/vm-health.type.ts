import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A VM's health over a window, columnar like `VmMetrics`: slot i is the bucket starting at since + i × stepMinutes. Each bucket scores 100 minus 40 for every CRITICAL and 15 for every WARNING rule whose alert covered it (at least 0); a bucket without samples has no score (null).",
})
export class VmHealth {
  @Field(() => Date)
  since!: Date;

  @Field(() => Date)
  until!: Date;

  @Field(() => Int)
  stepMinutes!: number;

  @Field(() => [Int], { nullable: "items", description: "0–100 per bucket; null where the VM sent no samples." })
  score!: (number | null)[];

  @Field(() => [[String]], {
    description:
      "Per bucket, the names of the rules that lowered it (CRITICAL first), also for a bucket without a score.",
  })
  reasons!: string[][];
}
