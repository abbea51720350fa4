import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Organization } from "../organization/organization.type";
import { AlertMetric } from "./alert-metric";

/** Stored as the symbol itself, so a row reads as its condition: `cpu > 90.00`. */
export enum AlertOperator {
  GREATER_THAN = ">",
  GREATER_THAN_OR_EQUAL = ">=",
  LESS_THAN = "<",
  LESS_THAN_OR_EQUAL = "<=",
}

export enum AlertSeverity {
  WARNING = "warning",
  CRITICAL = "critical",
}

registerEnumType(AlertMetric, {
  name: "AlertMetric",
  description:
    "What a rule watches: a VM metric (as in `VmMetrics`), GUEST_DISK_USED (the fullest file system inside the guest, % used) or NO_SAMPLES (a powered-on VM that sends nothing).",
});
registerEnumType(AlertOperator, { name: "AlertOperator" });
registerEnumType(AlertSeverity, {
  name: "AlertSeverity",
  description: "How much a firing alert lowers the VM's health: CRITICAL 40 points, WARNING 15.",
});

@ObjectType({
  description:
    "A condition on a VM's samples that fires an alert once it has held for `durationMinutes`. Every organisation has the default rules (changeable, not deletable) and may add its own.",
})
export class AlertRule {
  @Field(() => ID)
  id!: string;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => String)
  name!: string;

  @Field(() => AlertMetric)
  metric!: string;

  @Field(() => String, {
    description: "Unit of the threshold and of alert values: %, ms, KB/s, IOPS, MB, or min for NO_SAMPLES.",
  })
  unit!: string;

  @Field(() => AlertOperator, { description: "Ignored for NO_SAMPLES: silence longer than the duration fires." })
  operator!: AlertOperator;

  @Field(() => Float, { nullable: true, description: "In `unit`, 2 decimals; null for NO_SAMPLES." })
  threshold!: number | null;

  @Field(() => Int, {
    description: "How long the condition must hold: a multiple of 5 (one sample each); 0 fires on one sample.",
  })
  durationMinutes!: number;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Boolean, {
    description: "One of the platform's default rules: it can be changed or disabled, not deleted.",
  })
  isDefault!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType()
export class CreateAlertRuleInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: "1–80 characters." })
  name!: string;

  @Field(() => AlertMetric)
  metric!: string;

  @Field(() => AlertOperator, { nullable: true, description: "Default GREATER_THAN." })
  operator?: AlertOperator | null;

  @Field(() => Float, {
    nullable: true,
    description: "Required except for NO_SAMPLES; in the metric's unit, at most 2 decimals, 0–100 for percentages.",
  })
  threshold?: number | null;

  @Field(() => Int, { description: "0–1440, a multiple of 5; NO_SAMPLES: 15–1440." })
  durationMinutes!: number;

  @Field(() => AlertSeverity, { nullable: true, description: "Default WARNING." })
  severity?: AlertSeverity | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  enabled?: boolean | null;
}

@InputType({ description: "Only the fields given change. The metric of a rule cannot change: add another rule." })
export class UpdateAlertRuleInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => AlertOperator, { nullable: true })
  operator?: AlertOperator | null;

  @Field(() => Float, { nullable: true })
  threshold?: number | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => AlertSeverity, { nullable: true })
  severity?: AlertSeverity | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
