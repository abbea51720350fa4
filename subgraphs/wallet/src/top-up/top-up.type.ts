import { Money } from "@dcx/kit";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DecimalScalar } from "@dcx/kit";

export enum TopUpStatus {
  /** Being registered with PayGate. */
  INITIATING = "initiating",
  /** Registered; waiting for the payer and for PayGate's word. */
  PENDING = "pending",
  /** PayGate approved it and the wallet was credited. */
  APPROVED = "approved",
  DECLINED = "declined",
  CANCELLED = "cancelled",
  /** PayGate refused to register it, or could not be reached. Nothing was charged. */
  FAILED = "failed",
  /** Never paid; PayGate's payment page has long timed out. */
  EXPIRED = "expired",
}
registerEnumType(TopUpStatus, { name: "TopUpStatus", description: "Where a card top-up stands." });

@ObjectType({ description: "A card top-up through PayGate. The wallet is credited only on PayGate's own word." })
export class TopUp {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Our reference at PayGate, as it appears on the card statement." })
  reference!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => TopUpStatus)
  status!: TopUpStatus;

  @Field(() => String, { description: "Where the receipt goes." })
  email!: string;

  @Field(() => String, { nullable: true, description: "PayGate's reason, e.g. Approved, Insufficient Funds." })
  resultDescription!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When PayGate's final answer arrived." })
  settledAt!: Date | null;

  @Field(() => Boolean, { description: "The payer asked to save the card." })
  saveCard!: boolean;

  organizationId!: string;
  walletId!: string;
}

@ObjectType({ description: "One field of the form the browser posts to PayGate." })
export class FormField {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: "Where to send the browser: POST `fields` to `url` (PayGate's payment page)." })
export class PaymentRedirect {
  @Field(() => String)
  url!: string;

  @Field(() => [FormField])
  fields!: FormField[];
}

@ObjectType()
export class TopUpStart {
  @Field(() => TopUp)
  topUp!: TopUp;

  @Field(() => PaymentRedirect, { nullable: true, description: "Null once the top-up is no longer pending." })
  redirect!: PaymentRedirect | null;
}

@InputType()
export class StartTopUpInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DecimalScalar, { description: 'Rand, e.g. "500.00": R10.00 to R500 000.00.' })
  amount!: string;

  @Field(() => String, { description: "The payer's e-mail address: PayGate's and the receipt's." })
  email!: string;

  @Field(() => String, { description: "Chosen by the client; repeating it never starts a second payment." })
  idempotencyKey!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Ask PayGate to keep the card (PayWeb3 VAULT=1): once approved it is listed in Wallet.savedCards.",
  })
  saveCard?: boolean | null;
}
