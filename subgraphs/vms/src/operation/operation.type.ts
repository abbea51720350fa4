import { PageInfo } from "@dcx/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "./actor.type";

export enum VmOperationKind {
  CREATE = "create",
  POWER_ON = "power_on",
  POWER_OFF = "power_off",
  SHUTDOWN = "shutdown",
  REBOOT = "reboot",
  SUSPEND = "suspend",
  RESIZE = "resize",
  ADD_DISK = "add_disk",
  GROW_DISK = "grow_disk",
  DELETE = "delete",
}
registerEnumType(VmOperationKind, { name: "VmOperationKind", description: "What an operation does to its VM." });

export enum VmOperationStatus {
  QUEUED = "queued",
  RUNNING = "running",
  SUCCEEDED = "succeeded",
  FAILED = "failed",
}
registerEnumType(VmOperationStatus, {
  name: "VmOperationStatus",
  description: "QUEUED until the job runner picks it up, RUNNING while it acts, then SUCCEEDED or FAILED.",
});

@ObjectType({ description: "Why an operation failed." })
export class VmOperationError {
  @Field(() => String, { description: "Stable, e.g. INSUFFICIENT_RESOURCES or TIMEOUT." })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "A requested change to a VM, run as a durable job: poll it for progress." })
export class VmOperation {
  @Field(() => ID)
  id!: string;

  @Field(() => VmOperationKind)
  kind!: VmOperationKind;

  @Field(() => VmOperationStatus)
  status!: VmOperationStatus;

  @Field(() => Int, { description: "0–100." })
  progress!: number;

  @Field(() => VmOperationError, { nullable: true, description: "Set when the operation FAILED." })
  error!: VmOperationError | null;

  @Field(() => Actor)
  requestedBy!: Actor;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  /** Resolved by the `vm` field resolver; kept for loading. */
  vmId!: string | null;
  organizationId!: string;
  /** created_at to the microsecond, for cursors (a Date keeps milliseconds only). */
  createdAtMicros!: string;
}

@ObjectType({ description: "One operation in a page, with the cursor that points just after it." })
export class VmOperationEdge {
  @Field(() => String, { description: "Opaque; pass it as `after` to continue after this operation." })
  cursor!: string;

  @Field(() => VmOperation)
  node!: VmOperation;
}

@ObjectType({ description: "A page of an organisation's VM operations, newest first." })
export class VmOperationConnection {
  @Field(() => [VmOperationEdge])
  edges!: VmOperationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
