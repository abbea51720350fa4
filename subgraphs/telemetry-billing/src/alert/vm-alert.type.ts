import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Organization } from "../organization/organization.type";
import { Vm } from "../vm/vm.type";
import { AlertMetric } from "./alert-metric";
import { AlertOperator, AlertSeverity } from "./alert-rule.type";

export enum AlertState {
  FIRING = "FIRING",
  RESOLVED = "RESOLVED",
}

export enum AlertResolution {
  CONDITION_CLEARED = "condition_cleared",
  VM_POWERED_OFF = "vm_powered_off",
  RULE_CHANGED = "rule_changed",
  RULE_DISABLED = "rule_disabled",
  RULE_DELETED = "rule_deleted",
}

export enum AlertActorKind {
  USER = "user",
  API_KEY = "api_key",
}

registerEnumType(AlertState, { name: "AlertState" });
registerEnumType(AlertResolution, {
  name: "AlertResolution",
  description:
    "Why an alert stopped: its condition cleared, the VM was powered off, or its rule was changed, disabled or deleted.",
});
registerEnumType(AlertActorKind, { name: "AlertActorKind" });

@ObjectType({ description: "Who acknowledged an alert, and when." })
export class AlertAcknowledgement {
  @Field(() => Date)
  at!: Date;

  @Field(() => AlertActorKind)
  actorKind!: AlertActorKind;

  @Field(() => ID, { description: "The user's or the API key's id." })
  actorId!: string;
}

@ObjectType({
  description:
    "One firing of a rule on a VM, from when its condition began (`conditionSince`) through when it had held for the rule's duration (`firedAt`) until it resolved. It keeps the rule's condition as it was when it fired.",
})
export class VmAlert {
  @Field(() => ID)
  id!: string;

  @Field(() => Vm)
  vm!: Vm;

  @Field(() => Organization)
  organization!: Organization;

  /** Loaded by the `rule` field resolver; null once the rule was deleted. */
  ruleId!: string | null;

  @Field(() => String)
  ruleName!: string;

  @Field(() => AlertMetric)
  metric!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => AlertOperator)
  operator!: AlertOperator;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => AlertState)
  state!: AlertState;

  @Field(() => Date, { description: "The first breaching sample (NO_SAMPLES: the last sample before the silence)." })
  conditionSince!: Date;

  @Field(() => Date)
  firedAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => AlertResolution, { nullable: true })
  resolution!: AlertResolution | null;

  @Field(() => Float, { nullable: true, description: "The value that fired it, in `unit` (null for NO_SAMPLES)." })
  firedValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The worst value while firing: the highest for GREATER_THAN…, the lowest for LESS_THAN….",
  })
  peakValue!: number | null;

  @Field(() => AlertAcknowledgement, { nullable: true })
  acknowledgement!: AlertAcknowledgement | null;
}
