import { PageInfo } from "@dcx/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../operation/actor.type";

export enum AuditOutcome {
  SUCCEEDED = "succeeded",
  FAILED = "failed",
  DETECTED = "detected",
}

registerEnumType(AuditOutcome, {
  name: "AuditOutcome",
  description:
    "How it ended: an operation SUCCEEDED or FAILED; DETECTED is a change found in vCenter, made outside the platform.",
});

@ObjectType({ description: "Who did what to which VM, and how it ended. Never changed once written." })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The VM's name when it happened (it may since be renamed or deleted).",
  })
  vmName!: string | null;

  @Field(() => String, {
    description:
      "`vm.<operation kind>` (e.g. `vm.power_on`), `drift.vm_appeared`, `drift.vm_changed`, `drift.vm_vanished`, or `suspension.started`, `suspension.lifted` (the organisation's VMs suspended for unpaid usage, and lifted).",
  })
  kind!: string;

  @Field(() => Actor)
  actor!: Actor;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'What changed, before, as JSON text, e.g. `{"powerState":"powered_off"}`.',
  })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "What changed, after, as JSON text." })
  after!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => ID, { nullable: true, description: "The operation this event records, when there is one." })
  operationId!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  /** Resolved by field resolvers. */
  organizationId!: string;
  vmId!: string | null;
}

@ObjectType({ description: "One audit event in a page, with the cursor that points just after it." })
export class AuditEventEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this event." })
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

@ObjectType({ description: "A page of an organisation's audit trail, newest first." })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
