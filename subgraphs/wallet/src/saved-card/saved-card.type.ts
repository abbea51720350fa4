import { DecimalScalar, Money } from "@dcx/kit";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

@ObjectType({
  description:
    "A card PayGate keeps for the organisation, saved from an approved top-up. Only what a person may see of it: " +
    "PayGate's token and the full number never leave the wallet.",
})
export class SavedCard {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "e.g. Visa, MasterCard." })
  brand!: string;

  @Field(() => String, { description: "As PayGate masked it, e.g. 400000******0002." })
  maskedNumber!: string;

  @Field(() => Int)
  expiryMonth!: number;

  @Field(() => Int)
  expiryYear!: number;

  @Field(() => Boolean, { description: "True once the expiry month has ended: PayGate will refuse it." })
  expired!: boolean;

  @Field(() => String, { description: "The e-mail address of whoever paid the top-up that saved it." })
  savedBy!: string;

  @Field(() => Date)
  savedAt!: Date;

  walletId!: string;
  organizationId!: string;
}

export enum CardChargeStatus {
  /** Waiting for the job to charge the card. */
  QUEUED = "queued",
  /** Being charged through PayHost. */
  PROCESSING = "processing",
  /** PayHost's answer was lost: the wallet asks PayGate until it knows. */
  UNKNOWN = "unknown",
  APPROVED = "approved",
  DECLINED = "declined",
  /** PayGate refused the request (or the card was removed first): nothing was charged. */
  FAILED = "failed",
}
registerEnumType(CardChargeStatus, { name: "CardChargeStatus", description: "Where a saved-card top-up stands." });

@ObjectType({
  description: "A top-up charged to a saved card through PayGate's PayHost, credited only on PayGate's word.",
})
export class CardCharge {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Our reference at PayGate for this attempt." })
  reference!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => CardChargeStatus)
  status!: CardChargeStatus;

  @Field(() => Boolean, { description: "Started by the automatic top-up rule rather than a person." })
  automatic!: boolean;

  @Field(() => String, { nullable: true, description: "PayGate's reason, e.g. Auth Done, Card Expired." })
  resultDescription!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  cardId!: string;
  walletId!: string;
}

@ObjectType({
  description:
    "When available falls below `threshold`, top up `amount` from `card`, at most once per `minHoursBetween` hours " +
    "and at most `monthlyCap` per calendar month (South African time).",
})
export class AutoTopUpRule {
  @Field(() => SavedCard)
  card!: SavedCard;

  @Field(() => Money)
  threshold!: Money;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Int)
  minHoursBetween!: number;

  @Field(() => Money)
  monthlyCap!: Money;

  @Field(() => String, { description: "Told of every attempt, besides the billing users." })
  email!: string;

  @Field(() => Money, { description: "Charged (or being charged) by the rule this calendar month." })
  usedThisMonth!: Money;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: "Failures in a row; the third turns the rule off." })
  consecutiveFailures!: number;

  @Field(() => String, {
    nullable: true,
    description: "Why the wallet turned the rule off, e.g. after three failures.",
  })
  disabledReason!: string | null;

  @Field(() => CardCharge, { nullable: true, description: "The rule's latest attempt." })
  lastAttempt!: CardCharge | null;
}

@InputType()
export class PayWithSavedCardInput {
  @Field(() => ID)
  cardId!: string;

  @Field(() => DecimalScalar, { description: 'Rand, e.g. "500.00": R10.00 to R500 000.00.' })
  amount!: string;

  @Field(() => String, { description: "Where the receipt goes." })
  email!: string;

  @Field(() => String, { description: "Chosen by the client; repeating it never charges twice." })
  idempotencyKey!: string;
}

@InputType()
export class SetAutoTopUpInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  cardId!: string;

  @Field(() => DecimalScalar, { description: "Top up when available falls below this (rand, 0 or more)." })
  threshold!: string;

  @Field(() => DecimalScalar, { description: "How much each top-up adds: R10.00 to R500 000.00." })
  amount!: string;

  @Field(() => Int, { description: "At most one top-up per this many hours: 1 to 720." })
  minHoursBetween!: number;

  @Field(() => DecimalScalar, { description: "At most this much per calendar month; at least `amount`." })
  monthlyCap!: string;

  @Field(() => String, { description: "Told of every attempt, besides the billing users." })
  email!: string;

  @Field(() => Boolean, { defaultValue: true, description: "False turns the rule off and keeps it." })
  enabled!: boolean;
}
