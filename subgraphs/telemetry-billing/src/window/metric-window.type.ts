import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { MetricWindowPreset } from "./metric-window";

registerEnumType(MetricWindowPreset, {
  name: "MetricWindowPreset",
  description:
    "A window ending with the bucket that holds now: 1 hour (5-minute steps), 24 hours (60), 7 days (120), 30 days (1440).",
});

@InputType({
  description:
    "A time window cut into buckets of equal width, aligned to `since`: a preset (default LAST_DAY) or since/until. At most 2000 buckets.",
})
export class MetricWindowInput {
  @Field(() => MetricWindowPreset, { nullable: true, description: "Instead of since/until." })
  preset?: MetricWindowPreset | null;

  @Field(() => Date, {
    nullable: true,
    description: "Start of the window (inclusive). Default: 24 hours before `until`.",
  })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: "End of the window (exclusive). Default: now." })
  until?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Bucket width in minutes, 5–1440. Default: the preset's step, or 60.",
  })
  stepMinutes?: number | null;
}
